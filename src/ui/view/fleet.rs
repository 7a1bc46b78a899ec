//! The staff strip about the fleet: where the schedule comes from, its serial, when it was
//! last checked, and a warning when it may be stale or fleet.ron cannot be used.

use iced::Element;

use super::Context;
use super::notice::{one_line, strip};
use crate::describe;
use crate::fleet::stale::Stale;
use crate::i18n::{self, FleetShown};
use crate::source::Origin;
use crate::ui::feed::{Feed, Message};
use crate::ui::icons;

pub fn view<'a>(feed: &Feed, context: Context<'a>) -> Option<Element<'a, Message>> {
    let (lang, colors, now) = (context.lang, context.colors, feed.now);
    let (handle, message) = match (&feed.fleet, &feed.fleet_error) {
        (_, Some(error)) => (
            &icons::WARNING,
            i18n::fleet_line(lang, FleetShown::Broken { error }),
        ),
        (Some(watch), None) => {
            let host = watch.fleet().host();
            let schedule = &feed.live.schedule;
            let in_use = matches!(
                &feed.live.source,
                crate::source::Source::File {
                    origin: Origin::Fleet,
                    ..
                }
            );
            match watch.stale(schedule, now) {
                Some(Stale::Expired(until)) => {
                    let until = describe::long_date(lang, until);
                    (
                        &icons::WARNING,
                        i18n::fleet_line(lang, FleetShown::StaleExpired { until: &until }),
                    )
                }
                Some(Stale::NotVerifiedSince(_)) => {
                    let for_ = describe::duration(lang, now - watch.verified_or_started());
                    (
                        &icons::WARNING,
                        i18n::fleet_line(
                            lang,
                            FleetShown::StaleUnchecked {
                                host: &host,
                                for_: &for_,
                            },
                        ),
                    )
                }
                None if !in_use => (
                    &icons::INFO,
                    i18n::fleet_line(lang, FleetShown::NotYet { host: &host }),
                ),
                None => {
                    let ago = watch
                        .state
                        .verified_at
                        .map(|at| describe::duration(lang, now - at));
                    (
                        &icons::INFO,
                        i18n::fleet_line(
                            lang,
                            FleetShown::InUse {
                                host: &host,
                                serial: schedule.serial,
                                checked_ago: ago.as_deref(),
                            },
                        ),
                    )
                }
            }
        }
        (None, None) => return None,
    };
    let s = crate::i18n::strings(lang);
    let line = one_line(handle, message, (s.more, s.less), feed.strips_open, context);
    Some(strip(line, colors))
}
