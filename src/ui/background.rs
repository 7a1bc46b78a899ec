//! Blocking file work, kept off the window's thread so `update` returns at once whatever
//! the disk or the network share does.
//!
//! Reads run each on a thread of their own (a slow share must not hold up the next one;
//! the window keeps only the newest result). Writes (settings, the last good schedule)
//! go through one writer thread in the order they were asked for, so an older settings
//! file can never land after a newer one.

use std::sync::Mutex;
use std::sync::OnceLock;
use std::sync::mpsc;

use iced::futures::channel::oneshot;

/// Starts `work` on a new thread now; the future resolves with its result.
pub fn read<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> impl Future<Output = Option<T>> + Send + 'static {
    let (sender, receiver) = oneshot::channel();
    std::thread::spawn(move || {
        let _ = sender.send(work());
    });
    async move { receiver.await.ok() }
}

type Job = Box<dyn FnOnce() + Send>;

/// Queues `work` for the writer thread; the future resolves once it has run.
pub fn write(work: impl FnOnce() + Send + 'static) -> impl Future<Output = ()> + Send + 'static {
    static WRITER: OnceLock<Mutex<mpsc::Sender<Job>>> = OnceLock::new();
    let writer = WRITER.get_or_init(|| {
        let (sender, jobs) = mpsc::channel::<Job>();
        std::thread::spawn(move || {
            for job in jobs {
                job();
            }
        });
        Mutex::new(sender)
    });
    let (done, finished) = oneshot::channel();
    let job: Job = Box::new(move || {
        work();
        let _ = done.send(());
    });
    if let Ok(sender) = writer.lock() {
        let _ = sender.send(job);
    }
    async move {
        let _ = finished.await;
    }
}
