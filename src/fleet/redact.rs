//! Passwords in URLs (`https://user:password@host/…`) are never shown or stored: every URL
//! Loket prints, logs or saves goes through here first.

use url::Url;

const HIDDEN: &str = "***";

/// The URL as text, with a password replaced by `***`.
pub fn url(url: &Url) -> String {
    if url.password().is_none() {
        return url.to_string();
    }
    let mut shown = url.clone();
    let _ = shown.set_password(Some(HIDDEN));
    shown.to_string()
}

/// `text` with the password of every `scheme://user:password@host` in it replaced by
/// `***`: for messages that quote URLs (a redirect's Location, a fleet.ron value that is
/// not even a valid URL).
pub fn text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("://") {
        let (before, after) = rest.split_at(at + 3);
        out.push_str(before);
        // The authority ends at the path, query, fragment, white space or a double quote
        // (a password may hold `)`, `'` or `>`, so those do not end it).
        let end = after
            .find(|c: char| matches!(c, '/' | '?' | '#' | '"' | '`') || c.is_whitespace())
            .unwrap_or(after.len());
        let authority = &after[..end];
        match authority.rfind('@') {
            Some(user_end) => {
                let user_info = &authority[..user_end];
                match user_info.find(':') {
                    Some(colon) => {
                        out.push_str(&user_info[..colon]);
                        out.push(':');
                        out.push_str(HIDDEN);
                    }
                    None => out.push_str(user_info),
                }
                out.push_str(&authority[user_end..]);
            }
            None => out.push_str(authority),
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_hidden_and_the_rest_stays() {
        let with = Url::parse("https://clerk:s3cret@files.example/loket/schedule.ron").unwrap();
        assert_eq!(
            url(&with),
            "https://clerk:***@files.example/loket/schedule.ron"
        );
        let without = Url::parse("https://files.example/schedule.ron").unwrap();
        assert_eq!(url(&without), "https://files.example/schedule.ron");
        assert_eq!(
            text(
                "rejected: https://a:b@x.example/s.ron redirects to \"https://c:d@y.example:8443\""
            ),
            "rejected: https://a:***@x.example/s.ron redirects to \"https://c:***@y.example:8443\""
        );
        assert_eq!(
            text("`url` \"htps://u:p@@q host\" is not a URL"),
            "`url` \"htps://u:***@q host\" is not a URL"
        );
        assert_eq!(
            text("no URL here: 12:30 @ home"),
            "no URL here: 12:30 @ home"
        );
        assert_eq!(text("https://user@host/x"), "https://user@host/x");
        assert_eq!(
            text("https://clerk:pa)ss'w>rd@files.example/s.ron: the server answered HTTP 401"),
            "https://clerk:***@files.example/s.ron: the server answered HTTP 401"
        );
    }
}
