//! Runs the latest of a burst of writes once the burst pauses.
//!
//! Dragging a slider changes the state about 60 times a second; writing the
//! address bar and localStorage that often is wasted work, and Chromium
//! ignores `history.replaceState` past about 200 calls in 10 seconds.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;

/// How long a burst must pause before its last write runs, in ms.
const DELAY_MS: u32 = 200;

type Write = Box<dyn FnOnce()>;

/// A pending write and the timer that will run it.
#[derive(Default, Clone)]
pub struct Debouncer {
    pending: Rc<RefCell<Option<Write>>>,
    timer: Rc<RefCell<Option<Timeout>>>,
}

impl PartialEq for Debouncer {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.pending, &other.pending)
    }
}

impl Debouncer {
    /// Replaces any pending write with `write`, to run after the pause.
    pub fn schedule(&self, write: impl FnOnce() + 'static) {
        *self.pending.borrow_mut() = Some(Box::new(write));
        let this = self.clone();
        // Dropping the previous Timeout cancels it.
        *self.timer.borrow_mut() = Some(Timeout::new(DELAY_MS, move || this.flush()));
    }

    /// Runs the pending write now, if there is one.
    pub fn flush(&self) {
        self.timer.borrow_mut().take();
        let write = self.pending.borrow_mut().take();
        if let Some(write) = write {
            write();
        }
    }
}
