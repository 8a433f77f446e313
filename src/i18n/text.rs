//! Interface text in both languages. Labels that belong to a lever or an
//! indicator live in their tables, not here.

use crate::model::sources::Bilingual;

macro_rules! texts {
    ($($(#[$doc:meta])* $name:ident = $vi:literal / $en:literal;)*) => {
        $($(#[$doc])* pub const $name: Bilingual = Bilingual { vi: $vi, en: $en };)*
    };
}

texts! {
    /// The app's name.
    APP_TITLE = "Lộ trình số 2030" / "Digital Roadmap 2030";
    /// Subtitle under the name.
    APP_SUBTITLE = "Mô phỏng chuyển đổi số tỉnh Ninh Bình 2026–2030 theo Nghị quyết 57-NQ/TW"
        / "Ninh Bình digital transformation 2026–2030 under Resolution 57-NQ/TW";
}
