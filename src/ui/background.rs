//! Blocking file work, kept off the window's thread so `update` returns at once whatever
//! the disk or the network share does.
//!
//! The schedule's reads (the minute's look, a change event, Ctrl+R) go through one
//! [`Reader`] thread per window: a share that hangs holds up that one thread, never one
//! more a minute. While it is busy one read waits (it will see the file as it is when it
//! runs), and the window stops waiting after [`READ_DEADLINE`]. Writes (settings,
//! the last good schedule) go through one writer thread in the order they were asked for,
//! so an older settings file can never land after a newer one. A one-off blocking wait
//! (a reading aloud) uses [`read`].

use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::time::Duration;

use iced::futures::channel::oneshot;

/// How long the window waits for one read of the schedule before it gives up on it (and
/// says so in the log); the read itself may finish later, unseen.
pub const READ_DEADLINE: Duration = Duration::from_secs(20);

type Job = Box<dyn FnOnce() + Send>;

/// One thread for a window's reads of the schedule, with a slot for the next read.
#[derive(Debug)]
pub struct Reader {
    shared: Arc<Shared>,
}

#[derive(Default, Debug)]
struct Shared {
    queue: Mutex<Queue>,
    wake: Condvar,
}

#[derive(Default)]
struct Queue {
    /// The next read, and whether it is a full read (not just a look for changes).
    next: Option<(Job, bool)>,
    started: bool,
    closed: bool,
}

impl Reader {
    pub fn new() -> Reader {
        Reader {
            shared: Arc::default(),
        }
    }

    /// Runs a full read on the reader thread when it is free; the future resolves with its
    /// result, or `None` when a read already waiting covers it or the deadline passed.
    pub fn read<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> impl Future<Output = Option<T>> + Send + 'static {
        self.queue(work, true)
    }

    /// [`Reader::read`] for the minute's look for changes: dropped (`None`) when a read is
    /// already waiting, which covers it.
    pub fn look<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> impl Future<Output = Option<T>> + Send + 'static {
        self.queue(work, false)
    }

    fn queue<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
        full: bool,
    ) -> impl Future<Output = Option<T>> + Send + 'static {
        let (sender, receiver) = oneshot::channel();
        let job: Job = Box::new(move || {
            let _ = sender.send(work());
        });
        let mut queue = lock(&self.shared.queue);
        // A read that waits has not started: when it runs it sees the file as it is then,
        // so it covers anything asked after it, except that a look gives way to a read.
        match &queue.next {
            Some((_, waiting_full)) if *waiting_full || !full => drop(job),
            _ => queue.next = Some((job, full)),
        }
        if !queue.started {
            queue.started = true;
            let shared = Arc::clone(&self.shared);
            std::thread::spawn(move || run_reads(&shared));
        }
        drop(queue);
        self.shared.wake.notify_one();
        within_deadline(receiver)
    }
}

impl std::fmt::Debug for Queue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Queue")
            .field("waiting", &self.next.is_some())
            .field("started", &self.started)
            .field("closed", &self.closed)
            .finish()
    }
}

impl Default for Reader {
    fn default() -> Self {
        Reader::new()
    }
}

impl Drop for Reader {
    fn drop(&mut self) {
        lock(&self.shared.queue).closed = true;
        self.shared.wake.notify_one();
    }
}

fn lock(queue: &Mutex<Queue>) -> std::sync::MutexGuard<'_, Queue> {
    queue
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The reader thread: one read at a time, until the window is gone.
fn run_reads(shared: &Shared) {
    loop {
        let job = {
            let mut queue = lock(&shared.queue);
            loop {
                if let Some((job, _)) = queue.next.take() {
                    break job;
                }
                if queue.closed {
                    return;
                }
                queue = shared
                    .wake
                    .wait(queue)
                    .unwrap_or_else(|poisoned| poisoned.into_inner());
            }
        };
        job();
    }
}

/// The result, unless [`READ_DEADLINE`] passes first. Only where a tokio runtime drives the
/// future (the window) is there a timer; elsewhere (tests driving tasks by hand) it waits.
async fn within_deadline<T>(receiver: oneshot::Receiver<T>) -> Option<T> {
    if tokio::runtime::Handle::try_current().is_err() {
        return receiver.await.ok();
    }
    match tokio::time::timeout(READ_DEADLINE, receiver).await {
        Ok(result) => result.ok(),
        Err(_) => {
            tracing::warn!(
                seconds = READ_DEADLINE.as_secs(),
                "reading the schedule took too long (a network share not answering?); still using the schedule on screen"
            );
            None
        }
    }
}

/// Starts `work` on a new thread now; the future resolves with its result (a one-off
/// blocking wait; the schedule's reads go through a [`Reader`]).
pub fn read<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> impl Future<Output = Option<T>> + Send + 'static {
    let (sender, receiver) = oneshot::channel();
    std::thread::spawn(move || {
        let _ = sender.send(work());
    });
    async move { receiver.await.ok() }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_thread_reads_and_one_read_waits_for_it() {
        let reader = Reader::new();
        let (release, hold) = std::sync::mpsc::channel::<()>();
        // The first read hangs (a share not answering) until released.
        let first = reader.read(move || {
            let _ = hold.recv();
            std::thread::current().id()
        });
        std::thread::sleep(Duration::from_millis(50));
        let look = reader.look(|| std::thread::current().id());
        let second = reader.read(|| std::thread::current().id());
        let third = reader.read(|| std::thread::current().id());
        let another_look = reader.look(|| std::thread::current().id());
        release.send(()).unwrap();
        use futures::executor::block_on as block;
        let first = block(first).unwrap();
        assert_eq!(block(look), None, "a look gives way to a read");
        let second = block(second).unwrap();
        assert_eq!(block(third), None, "the read waiting covers it");
        assert_eq!(block(another_look), None);
        assert_eq!(first, second, "one thread for every read");
    }
}
