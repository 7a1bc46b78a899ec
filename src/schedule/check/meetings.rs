//! The schedule checker's section for categories, their hosts, meeting IDs and passcodes.

use super::*;

impl Checker<'_> {
    /// `fallback`: where to point when the value was written with escapes (no position).
    pub(super) fn passcode(
        &mut self,
        value: &Spanned,
        fallback: Option<usize>,
    ) -> Option<Passcode> {
        match Passcode::parse(&value.value) {
            Ok(p) => {
                if let Some(c) = value
                    .value
                    .trim()
                    .chars()
                    .find(|c| !crate::zoom::is_zoom_passcode_char(*c))
                {
                    let at = self.offset(value);
                    self.warning(
                        &[at, fallback],
                        format!(
                            "the passcode has {}: Zoom passcodes use only A–Z, a–z, 0–9 and @ - _ *, and a resident will type what the character looks like",
                            crate::zoom::describe_lookalike(c)
                        ),
                    );
                }
                if value.value.trim() != value.value {
                    let at = self.offset(value);
                    self.warning(
                        &[at, fallback],
                        format!(
                            "the passcode {} starts or ends with a space: residents will not type it",
                            quoted(&value.value)
                        ),
                    );
                }
                Some(p)
            }
            Err(e) => {
                let at = self.offset(value);
                self.error(&[at, fallback], e.to_string());
                None
            }
        }
    }

    pub(super) fn categories(
        &mut self,
        files: &[CategoryFile],
        shared_passcode: Option<&Option<Passcode>>,
    ) -> Vec<Category> {
        if files.is_empty() {
            let at = self.key("categories");
            self.error(
                &[at],
                "there are no categories: add at least one with its hosts",
            );
        }
        if files.len() > 9 {
            let at = self.offset(&files[9].id);
            self.warning(
                &[at],
                "categories after the ninth have no number key (1–9) in the window",
            );
        }
        let mut ids: HashMap<String, LineCol> = HashMap::new();
        let mut meeting_ids: HashMap<MeetingId, (String, LineCol)> = HashMap::new();
        let mut categories = Vec::new();
        for file in files {
            let id_at = self.offset(&file.id);
            let id = file.id.value.trim().to_owned();
            if id.is_empty()
                || !id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
            {
                self.error(
                    &[id_at],
                    format!(
                        "category id {} may use only a–z, 0–9, - and _ (it names the category in settings and scripts)",
                        quoted(&file.id.value)
                    ),
                );
            }
            let here = self.at(&[id_at]);
            // Messages name the category by its id, quoted and short whatever it holds.
            let shown = quoted(&id);
            if let Some(first) = ids.get(&id) {
                self.error(
                    &[id_at],
                    format!("category id {shown} is used twice (first at {first})"),
                );
            } else {
                ids.insert(id.clone(), here);
            }
            let name = self.text(&file.name, id_at, &format!("category {shown}'s name"));
            let description = self.text_optional(&file.description, id_at, &shown, "description");
            let have_ready = file
                .have_ready
                .iter()
                .map(|t| self.text(t, id_at, &format!("a have-ready item of {shown}")))
                .collect();
            let hours = file
                .hours
                .as_ref()
                .map(|w| self.week(w, &format!(" in the hours of {shown}")));
            let hosts = self.hosts(file, &shown, id_at, shared_passcode, &mut meeting_ids);
            categories.push(Category {
                id,
                name,
                description,
                have_ready,
                hours,
                hosts,
            });
        }
        categories
    }

    pub(super) fn hosts(
        &mut self,
        file: &CategoryFile,
        id: &str,
        id_at: Option<usize>,
        shared_passcode: Option<&Option<Passcode>>,
        seen: &mut HashMap<MeetingId, (String, LineCol)>,
    ) -> Vec<Host> {
        if file.hosts.is_empty() {
            let at = id_at.and_then(|id| self.layout.sibling_value(id, "hosts"));
            self.error(
                &[at, id_at],
                format!("category {id} has no hosts: add at least one meeting ID"),
            );
        }
        let mut hosts = Vec::new();
        for (index, host) in file.hosts.iter().enumerate() {
            if let Some(host) = self.host(host, id, index, id_at, shared_passcode, seen) {
                hosts.push(host);
            }
        }
        hosts
    }

    pub(super) fn host(
        &mut self,
        host: &HostFile,
        id: &str,
        index: usize,
        id_at: Option<usize>,
        shared_passcode: Option<&Option<Passcode>>,
        seen: &mut HashMap<MeetingId, (String, LineCol)>,
    ) -> Option<Host> {
        let at = self.offset(&host.meeting_id);
        let label = self.text(
            &host.label,
            at.or(id_at),
            &format!("host {} of {id}", index + 1),
        );
        let meeting_id = match MeetingId::parse(&host.meeting_id.value) {
            Ok(meeting_id) => Some(meeting_id),
            Err(e) => {
                self.error(
                    &[at, id_at],
                    format!("meeting ID {}: {e}", quoted(&host.meeting_id.value)),
                );
                None
            }
        };
        let passcode = match &host.passcode {
            Some(own) => self.passcode(own, at.or(id_at)),
            // A shared passcode that is given but wrong was reported once already.
            None => {
                if shared_passcode.is_none() {
                    self.error(
                        &[at, id_at],
                        format!(
                            "host {} of {id} has no passcode: set `passcode` on the host or the shared `passcode` at the top",
                            index + 1
                        ),
                    );
                }
                shared_passcode.cloned().flatten()
            }
        };
        let meeting_id = meeting_id?;
        let here = self.at(&[at, id_at]);
        let who = format!("{id} {}", label.en());
        match seen.get(&meeting_id) {
            Some((other, first)) => self.warning(
                &[at, id_at],
                format!("meeting ID {meeting_id} is also used by {other} (at {first})"),
            ),
            None => {
                seen.insert(meeting_id.clone(), (who, here));
            }
        }
        // The shared phone passcode, if any, is filled in once the `phone` section is read.
        let phone_passcode = host
            .phone_passcode
            .as_ref()
            .and_then(|own| self.phone_passcode(own));
        Some(Host {
            label,
            meeting_id,
            passcode: passcode?,
            phone_passcode,
        })
    }
}
