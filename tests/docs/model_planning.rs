//! The sections of `docs/model.md` on adoption shapes, the economy's
//! consistency, baseline choices, milestones and actuals, rendered from the
//! same tables and constants the model uses.

use std::fmt::Write;

use lotrinh::model::economy::PLAUSIBLE_SHARE;
use lotrinh::model::indicators::INDICATORS;
use lotrinh::model::shapes::{Shape, BISECTION_TOLERANCE};
use lotrinh::model::sources::RESOLUTION_57_2045;
use lotrinh::model::{BASE_YEAR, TARGET_YEAR};
use lotrinh::monitoring::SOURCE_CAP;

/// The adoption shapes and their solvers.
pub fn shapes(out: &mut String) {
    let _ = writeln!(out, "### Adoption shapes (online services, records digitisation)");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "Gap closing front-loads: at 30 % a year the services curve converts about a third of the \
         remaining services in 2026 alone. Each adoption indicator can follow another shape, chosen per \
         scenario (it travels in links and files as `shape.<indicator>` / `shapes`). All three use the \
         same speed lever `v` (% a year) and ceiling C, stay within [x0, C], and never fall when the \
         speed or the ceiling rises."
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "| shape (id) | step | required constant speed |");
    let _ = writeln!(out, "|---|---|---|");
    for shape in Shape::ALL {
        let (step, inverse) = match shape {
            Shape::GapClosing => ("`x[t] = x[t-1] + v/100 · (C − x[t-1])`", "closed form, above"),
            Shape::Linear => {
                ("`x[t] = min(C, x[t-1] + v/100 · (C − x0))`: even steps", "`v = 100 · (G − x0) / (n · (C − x0))`")
            }
            Shape::Logistic => (
                "`x[t] = x[t-1] + v/100 · x[t-1] · (C − x[t-1]) / C`: slow start, fastest at the midpoint x = C/2, slow finish",
                "bisection on 0–100 %",
            ),
        };
        let _ = writeln!(out, "| {} (`{}`) | {step} | {inverse} |", shape.label().en, shape.key());
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "The S-curve's **midpoint is half the ceiling** (C/2): adoption grows fastest there. An \
         indicator that starts above C/2 (online services at 67.2 %) is already past it and only slows; \
         records digitisation (36.84 %) speeds up until it passes C/2. The S-curve's inverse has no \
         closed form for per-year steps: the speed is found by bisection on 0–100 % until the interval \
         is narrower than {BISECTION_TOLERANCE:e} %, keeping the end that reaches the goal; the path at \
         the speed found meets the goal within 1e-9 (tested over a grid of starts, goals, ceilings and \
         years). When even 100 % a year falls short, the target is unreachable on that shape."
    );
    let _ = writeln!(out);
}

/// The economy: implied non-digital growth, GRDP from its parts, real and nominal.
pub fn economy(out: &mut String) {
    let _ = writeln!(out, "## The digital economy and the rest of GRDP");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "GRDP growth and digital-economy growth are separate levers, so together they imply a growth \
         rate for the rest of the economy (GRDP less the digital economy). With the share s (as a \
         fraction) and GRDP growth g, the app shows for each year {first}–{TARGET_YEAR}:",
        first = BASE_YEAR + 1
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "    1 + n[t] = (1 + g[t]) · (1 − s[t]) / (1 − s[t-1])");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "and warns (role=status) when n falls below 0, or when the share passes {PLAUSIBLE_SHARE} %, \
         the national goal for 2045 ({bound}): a share beyond it by {TARGET_YEAR} is implausible. With \
         digital growth at 40 % and GRDP growth at 0 %, the rest of the economy shrinks by more than half \
         in {TARGET_YEAR}.",
        bound = RESOLUTION_57_2045.citation.en
    );
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "Instead, the planner can build GRDP from its parts (`economy=components` in a link): GRDP \
         growth then follows from digital growth d and non-digital growth n, weighted by the share at \
         the start of the year, and the GRDP lever is not used:"
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "    1 + g[t] = s[t-1] · (1 + d[t]) + (1 − s[t-1]) · (1 + n[t])");
    let _ = writeln!(out, "    s[t] / (1 − s[t]) = s[t-1] / (1 − s[t-1]) · (1 + d[t]) / (1 + n[t])");
    let _ = writeln!(out, "    required d:  (1 + d)^k = (odds(G) / odds(x0)) · ∏ (1 + n[t])");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "The non-digital growth default, 9.1 %, is an assumption: it is what the other defaults imply \
         in 2026 (15 % share, digital +15 %, GRDP +10 %: (1.10 − 0.15 · 1.15) / 0.85 − 1 = 9.12 %)."
    );
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "**Real and nominal.** GRDP growth, digital growth and non-digital growth are real rates \
         (constant prices). The 15 % share is measured at current prices (nominal), and the 15 % digital \
         growth default comes from one year (2024→2025) of the national share at current prices. The \
         share follows the ratio of real growth rates only when digital and overall prices move alike; \
         the sources panel flags where the two mix."
    );
    let _ = writeln!(out);
}

/// The baselines the planner may choose among.
pub fn baselines(out: &mut String) {
    let _ = writeln!(out, "## Baselines the sources disagree on");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "Where the sources give two figures for the end of {BASE_YEAR}, the planner chooses (it travels \
         as `b.<indicator>` in links and `baselines` in files). The first is the default."
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "| indicator | option (id) | value | source |");
    let _ = writeln!(out, "|---|---|---|---|");
    for spec in INDICATORS {
        for option in spec.baselines {
            let _ = writeln!(
                out,
                "| `{}` | {} (`{}`) | {} % | {} |",
                spec.id.key(),
                option.label.en,
                option.key,
                (option.value * 1000.0).round() / 1000.0,
                option.source.citation.en,
            );
        }
    }
    let _ = writeln!(out);
}

/// Milestones and actuals.
pub fn monitoring(out: &mut String) {
    let _ = writeln!(out, "## Milestones and actuals");
    let _ = writeln!(out);
    let _ = writeln!(out, "Official milestones, drawn as points and checked like targets:");
    let _ = writeln!(out);
    for spec in INDICATORS {
        for milestone in spec.milestones {
            let _ = writeln!(
                out,
                "- `{}`: {} {} % by the end of {} ({})",
                spec.id.key(),
                match milestone.comparator {
                    lotrinh::model::indicators::Comparator::AtLeast => "≥",
                    lotrinh::model::indicators::Comparator::Above => ">",
                },
                milestone.value,
                milestone.year,
                milestone.source.citation.en,
            );
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "A planner can set a milestone for each year {first}–{last} (the {TARGET_YEAR} figure is the \
         target); the yearly table shows for each year whether the path meets it.",
        first = BASE_YEAR + 1,
        last = TARGET_YEAR - 1
    );
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "**Actuals.** As reported figures arrive, a planner enters them for a year {first}–{TARGET_YEAR}: \
         the value (0–100 %), the report date (`YYYY-MM-DD`, not in the future, not before the year \
         began) and a source text (at most {SOURCE_CAP} characters). A bad actual is refused with a \
         message naming what was wrong, and nothing else changes. The path then runs through the \
         actuals: years up to the last actual are history (the actuals, with straight lines between \
         reported points for years without one), and the projection restarts from the last actual with \
         the levers of the years that remain; it equals a fresh projection whose baseline is that \
         actual. The required rate is solved over the years left. The deviation shown is the actual \
         minus the plan, the plan being the same scenario without actuals.",
        first = BASE_YEAR + 1
    );
    let _ = writeln!(out);
}
