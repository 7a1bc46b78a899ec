//! Any bytes through parse + validate, and every good schedule through the calendar engine
//! at instants taken from the input: nothing may panic, and the engine's answers must hold
//! together.
#![no_main]

use chrono::{DateTime, TimeDelta, Utc};
use libfuzzer_sys::fuzz_target;
use loket::calendar::{self, Status};
use loket::schedule;

fuzz_target!(|data: &[u8]| {
    let checked = schedule::check_bytes(data);
    for diagnostic in &checked.diagnostics {
        assert!(diagnostic.at.line >= 1 && diagnostic.at.col >= 1);
    }
    let Some(schedule) = checked.schedule else {
        return;
    };
    // Instants from the input's own bytes, spread over 1990..2100.
    let seed = data
        .iter()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3));
    for i in 0..4u64 {
        let seconds = (seed.rotate_left((i * 16) as u32) % 3_500_000_000) as i64 + 631_152_000;
        let Some(at) = DateTime::<Utc>::from_timestamp(seconds, 0) else {
            continue;
        };
        for category in &schedule.categories {
            let now = calendar::status(&schedule, category, at);
            if let Some(change) = now.next_change() {
                let change = change.to_utc();
                assert!(change > at, "next change {change} not after {at}");
                let after = calendar::status(&schedule, category, change);
                assert_ne!(after.is_open(), now.is_open(), "nothing changed at {change}");
                let before = calendar::status(&schedule, category, (change - TimeDelta::seconds(1)).max(at));
                assert_eq!(before.is_open(), now.is_open());
            }
            if let Status::Open { closes_at: Some(closes_at), .. } = now {
                assert!(closes_at.to_utc() > at);
            }
        }
        let _ = calendar::overall_status(&schedule, at);
    }
});
