//! The schedule checker's section for overrides (closed days and special hours), help and kiosk mode.

use super::*;

impl Checker<'_> {
    pub(super) fn overrides(
        &mut self,
        files: &[OverrideFile],
        categories: &[Category],
    ) -> Vec<Override> {
        let mut overrides: Vec<(Override, Option<usize>)> = Vec::new();
        for file in files {
            let at = self.offset(&file.date);
            let first = self.date(&file.date);
            let last = match &file.until {
                Some(until) => {
                    let last = self.date(until);
                    if let (Some(f), Some(l)) = (first, last)
                        && l < f
                    {
                        let until_at = self.offset(until);
                        self.error(
                            &[until_at, at],
                            format!("this override ends ({l}) before it starts ({f})"),
                        );
                    }
                    last
                }
                None => first,
            };
            let only_ids = file.only.as_deref().unwrap_or_default();
            if file.only.as_ref().is_some_and(Vec::is_empty) {
                let only_at = at.and_then(|date| self.layout.sibling_value(date, "only"));
                self.error(
                    &[only_at, at],
                    "`only: []` names no category: list the category ids, or leave `only` out for every category",
                );
            }
            for only in only_ids {
                if !categories.iter().any(|c| c.id == only.value) {
                    let only_at = self.offset(only);
                    let hint = did_you_mean(&only.value, categories.iter().map(|c| c.id.as_str()))
                        .map(|close| format!("; did you mean \"{close}\"?"))
                        .unwrap_or_default();
                    self.error(
                        &[only_at, at],
                        format!("no category has the id {}{hint}", quoted(&only.value)),
                    );
                }
            }
            let rule = match &file.rule {
                RuleFile::Closed { reason } => Rule::Closed {
                    reason: Arc::new(self.text(reason, at, "a closure's reason")),
                },
                RuleFile::Open { hours, note } => {
                    let day = match first {
                        Some(date) => format!(" on {date}"),
                        None => String::new(),
                    };
                    if hours.is_empty() {
                        self.error(
                            &[at],
                            "an Open override needs hours; to close the day use Closed(reason: {…})",
                        );
                    }
                    let hours = self.ranges(hours, &day);
                    let note = if note.is_empty() {
                        Localized::default()
                    } else {
                        self.text(note, at, "an override's note")
                    };
                    Rule::Open { hours, note }
                }
            };
            let (Some(first), Some(last)) = (first, last) else {
                continue;
            };
            let new = Override {
                first,
                last,
                only: only_ids.iter().map(|s| s.value.clone()).collect(),
                rule,
            };
            if let Some((_, earlier_at)) = overrides.iter().find(|(o, _)| {
                o.first <= new.last && new.first <= o.last && shares_category(o, &new)
            }) {
                let earlier = self.at(&[*earlier_at]);
                self.warning(
                    &[at],
                    format!("this override covers days the one at {earlier} already covers; the earlier one wins"),
                );
            }
            overrides.push((new, at));
        }
        overrides.into_iter().map(|(o, _)| o).collect()
    }

    pub(super) fn help(&mut self, file: &ScheduleFile) -> Help {
        let email = file.help.email.as_ref().and_then(|value| {
            let email = Email::parse(&value.value);
            if email.is_none() {
                let at = self.offset(value);
                self.error(
                    &[at],
                    format!("{} is not an e-mail address", quoted(&value.value)),
                );
            }
            email
        });
        let phone = file.help.phone.as_ref().and_then(|value| {
            let text = value.value.trim();
            let digits = text.bytes().filter(u8::is_ascii_digit).count();
            let ok = digits >= 3
                && text
                    .chars()
                    .all(|c| c.is_ascii_digit() || " +-()".contains(c));
            if !ok {
                let at = self.offset(value);
                self.error(
                    &[at],
                    format!(
                        "{} is not a phone number: use digits, spaces, +, - and brackets",
                        quoted(&value.value)
                    ),
                );
            }
            ok.then(|| text.to_owned())
        });
        let note_at = self
            .layout
            .nested_value(&["help", "note"])
            .or_else(|| self.key("help"));
        let note = if file.help.note.is_empty() {
            Localized::default()
        } else {
            self.text(&file.help.note, note_at, "the help note")
        };
        Help { email, phone, note }
    }

    /// `phone: (numbers: [(number, label)], passcode)`: dial-in numbers in international
    /// form and the shared phone passcode, digits only; and the hosts' own phone passcodes
    /// (read with the hosts) filled in from the shared one.
    pub(super) fn phone(
        &mut self,
        file: &ScheduleFile,
        categories: &mut [Category],
    ) -> Option<Phone> {
        let Some(phone) = &file.phone else {
            if let Some(own) = file
                .categories
                .iter()
                .flat_map(|c| &c.hosts)
                .find_map(|h| h.phone_passcode.as_ref())
            {
                let at = self.offset(own);
                self.warning(
                    &[at],
                    "`phone_passcode` is of no use without a `phone` section with dial-in numbers at the top",
                );
            }
            return None;
        };
        if phone.numbers.is_empty() {
            let at = self
                .layout
                .nested_value(&["phone", "numbers"])
                .or_else(|| self.key("phone"));
            self.error(
                &[at],
                "`phone` has no `numbers`: give at least one dial-in number, like (number: \"+27 87 551 7702\", label: {\"en\": \"Johannesburg\"}), or leave `phone` out",
            );
        }
        let mut numbers = Vec::new();
        for (index, dial_in) in phone.numbers.iter().enumerate() {
            let at = self.offset(&dial_in.number);
            let label = if dial_in.label.is_empty() {
                Localized::default()
            } else {
                self.text(
                    &dial_in.label,
                    at,
                    &format!("phone number {}'s label", index + 1),
                )
            };
            match DialIn::parse(&dial_in.number.value) {
                Ok(number) => numbers.push(DialInNumber { number, label }),
                Err(error) => self.error(
                    &[at],
                    format!(
                        "{} is not a dial-in number: {error}",
                        quoted(&dial_in.number.value)
                    ),
                ),
            }
        }
        let shared = phone.passcode.as_ref().and_then(|p| self.phone_passcode(p));
        for host in categories.iter_mut().flat_map(|c| &mut c.hosts) {
            if host.phone_passcode.is_none() {
                host.phone_passcode.clone_from(&shared);
            }
        }
        Some(Phone { numbers })
    }

    /// A phone passcode: digits only.
    pub(super) fn phone_passcode(&mut self, value: &Spanned) -> Option<PhonePasscode> {
        match PhonePasscode::parse(&value.value) {
            Ok(passcode) => Some(passcode),
            Err(error) => {
                let at = self.offset(value);
                self.error(&[at], format!("{}: {error}", quoted(&value.value)));
                None
            }
        }
    }

    pub(super) fn kiosk(&mut self, file: &ScheduleFile) -> Kiosk {
        let kiosk = &file.kiosk;
        if !(1..=120).contains(&kiosk.idle_minutes) {
            let at = self.layout.nested_value(&["kiosk", "idle_minutes"]);
            self.error(
                &[at],
                format!(
                    "`idle_minutes` is {}; use 1 to 120 minutes",
                    kiosk.idle_minutes
                ),
            );
        }
        let exit_pin = kiosk.exit_pin.as_ref().and_then(|pin| {
            let ok = (4..=12).contains(&pin.value.len())
                && pin.value.bytes().all(|b| b.is_ascii_digit());
            if !ok {
                let at = self.offset(pin);
                self.error(&[at], "the kiosk exit PIN must be 4 to 12 digits");
            }
            ok.then(|| pin.value.clone())
        });
        if !(1..=20).contains(&kiosk.prints_per_resident) {
            let at = self.layout.nested_value(&["kiosk", "prints_per_resident"]);
            self.error(
                &[at],
                format!(
                    "`prints_per_resident` is {}; use 1 to 20",
                    kiosk.prints_per_resident
                ),
            );
        }
        Kiosk {
            idle_minutes: kiosk.idle_minutes,
            exit_pin,
            allow_browser: kiosk.allow_browser,
            allow_print: kiosk.allow_print,
            prints_per_resident: kiosk.prints_per_resident.clamp(1, 20),
        }
    }

    /// `print: (paper, printer)`: the slip's paper ("a4", "receipt-80mm") and CUPS queue.
    pub(super) fn print(&mut self, file: &ScheduleFile) -> Print {
        let paper = file.print.paper.as_ref().map_or(Paper::A4, |value| {
            Paper::parse(&value.value).unwrap_or_else(|| {
                let at = self.offset(value);
                self.error(
                    &[at],
                    format!(
                        "{} is not a paper Loket prints on: use \"a4\" or \"receipt-80mm\"",
                        quoted(&value.value)
                    ),
                );
                Paper::A4
            })
        });
        let printer = file.print.printer.as_ref().and_then(|value| {
            let name = value.value.trim();
            // CUPS queue names: printable, no spaces, slashes or '#'.
            let ok = !name.is_empty()
                && name.len() <= 127
                && name.chars().all(|c| c.is_ascii_graphic() && !"/#\\".contains(c));
            if !ok {
                let at = self.offset(value);
                self.error(
                    &[at],
                    format!(
                        "{} is not a printer queue name: letters, digits, - and _ as `lpstat -p` lists them",
                        quoted(&value.value)
                    ),
                );
            }
            ok.then(|| name.to_owned())
        });
        Print { paper, printer }
    }
}

fn shares_category(a: &Override, b: &Override) -> bool {
    a.only.is_empty() || b.only.is_empty() || a.only.iter().any(|id| b.only.contains(id))
}
