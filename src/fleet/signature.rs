//! Minisign signatures: the only thing that makes a downloaded schedule trusted. The web
//! server, its TLS certificate and DNS are not trusted; the administrator's key is.

use std::fmt;

use minisign_verify::{PublicKey, Signature};

/// A signature file is a few lines; anything much larger is not one.
pub const MAX_SIGNATURE_BYTES: u64 = 16 * 1024;

/// The public keys a fleet accepts: the administrator's key, and during a key rotation the
/// previous one as well. Kept as validated base64 text, so it can be compared and hashed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TrustedKeys {
    keys: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignatureError {
    /// The `.minisig` is not a minisign signature at all (an HTML page, an empty file).
    NotASignature,
    /// Signed, but with a key this machine does not trust.
    UnknownKey,
    /// Signed with a trusted key, but the file was changed after signing.
    Mismatch,
    /// Made by `minisign -l` (legacy, not pre-hashed): refused, as minisign itself advises.
    Legacy,
}

impl fmt::Display for SignatureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SignatureError::NotASignature => "the .minisig file is not a minisign signature",
            SignatureError::UnknownKey => {
                "signed with a key this machine does not trust (check public_key)"
            }
            SignatureError::Mismatch => {
                "the signature does not match the file: it was changed after signing"
            }
            SignatureError::Legacy => "a legacy signature (minisign -l); sign again without -l",
        })
    }
}

impl std::error::Error for SignatureError {}

impl TrustedKeys {
    /// Parses each key: the base64 line of a minisign `.pub` file (`RW…`), or the whole
    /// file's text (its comment line is skipped).
    pub fn new<'a>(keys: impl IntoIterator<Item = &'a str>) -> Result<TrustedKeys, String> {
        let keys = keys
            .into_iter()
            .map(|key| {
                let line = key_line(key);
                PublicKey::from_base64(line)
                    .map(|_| line.to_owned())
                    .map_err(|_| {
                        format!(
                            "{} is not a minisign public key: give the line that starts with RW from the .pub file",
                            crate::schedule::diagnostic::quoted(key)
                        )
                    })
            })
            .collect::<Result<Vec<_>, _>>()?;
        if keys.is_empty() {
            return Err("no public key".to_owned());
        }
        Ok(TrustedKeys { keys })
    }

    /// Checks `signature` (a `.minisig` file's bytes) over exactly `bytes`. Gives the
    /// signature's trusted comment (minisign puts the signing time and file name there).
    pub fn verify(&self, bytes: &[u8], signature: &[u8]) -> Result<String, SignatureError> {
        let text = std::str::from_utf8(signature).map_err(|_| SignatureError::NotASignature)?;
        let signature = Signature::decode(text).map_err(|_| SignatureError::NotASignature)?;
        let mut outcome = SignatureError::UnknownKey;
        for key in &self.keys {
            let key = PublicKey::from_base64(key).expect("validated in TrustedKeys::new");
            match key.verify(bytes, &signature, false) {
                Ok(()) => return Ok(signature.trusted_comment().to_owned()),
                Err(minisign_verify::Error::UnexpectedKeyId) => {}
                Err(minisign_verify::Error::UnexpectedAlgorithm) => {
                    outcome = SignatureError::Legacy;
                }
                Err(_) => outcome = SignatureError::Mismatch,
            }
        }
        Err(outcome)
    }
}

fn key_line(key: &str) -> &str {
    key.lines()
        .map(str::trim)
        .rfind(|line| !line.is_empty() && !line.starts_with("untrusted comment:"))
        .unwrap_or_else(|| key.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    // Made with `minisign -G -W` and `minisign -S -W -m` (no password), kept as text so the
    // unit tests need no tool; the integration tests sign with the real minisign.
    const KEY: &str = "RWRTKHMjgAGhtTR89giiN5fGoIXLKjlgTRPctY/tWF1enUdy3XffH6M0";
    const OTHER_KEY: &str = "RWTPV9Fi6wUdo3w8nV9YFT5dgLltvVKX+q64jIUkwGKQ7PQtiYGU/cVd";
    const SIGNATURE: &str = "untrusted comment: signature from minisign secret key
RURTKHMjgAGhtVp04I+5W9taAsWF9BU9ppMyDlAEgTp/YfJXvFvutbGVI2m+1Y66xkK9Z9RAAMx7JbN40jgKCaArXC2g+Vv+hgQ=
trusted comment: file:test
/dLhZztwTsWkNO+7rOq/jMaUUXOwwu2eyQJIS3q/aX69aEWk9SyZhBNmgPX9OUB9Yiq+9fXQrMyLJOUuipGyDw==
";
    const LEGACY: &str = "untrusted comment: signature from minisign secret key
RWRTKHMjgAGhtaL7LzY4cjvi0D2fHrkq7f5AmjzURTdzPR2NEnqw63WaTyf3JBJqtAUbfkd8Vu/3OXmKhelqN+L3/Z801YBSfAM=
trusted comment: timestamp:1795847884\tfile:test
0kzKM8zH4ppO7MbRVbpfvmvgPMzdeB80EsD/wXuOdxAH11AmSxPdyPd2gmdgFVIQF3RTrqTlyMDJ9wrU3XNLAw==
";

    #[test]
    fn a_good_signature_over_the_exact_bytes_verifies() {
        let keys = TrustedKeys::new([KEY]).unwrap();
        assert_eq!(
            keys.verify(b"test", SIGNATURE.as_bytes()),
            Ok("file:test".to_owned())
        );
        assert_eq!(
            keys.verify(b"test ", SIGNATURE.as_bytes()),
            Err(SignatureError::Mismatch)
        );
        assert_eq!(
            keys.verify(b"test", b"<html>404 Not Found</html>"),
            Err(SignatureError::NotASignature)
        );
        assert_eq!(
            keys.verify(b"test", LEGACY.as_bytes()),
            Err(SignatureError::Legacy)
        );
    }

    #[test]
    fn another_key_is_refused_and_a_previous_key_is_accepted() {
        let other = TrustedKeys::new([OTHER_KEY]).unwrap();
        assert_eq!(
            other.verify(b"test", SIGNATURE.as_bytes()),
            Err(SignatureError::UnknownKey)
        );
        let rotating = TrustedKeys::new([OTHER_KEY, KEY]).unwrap();
        assert!(rotating.verify(b"test", SIGNATURE.as_bytes()).is_ok());
    }

    #[test]
    fn keys_are_read_from_the_line_or_the_whole_pub_file() {
        let file = format!("untrusted comment: minisign public key B5A1018023732853\n{KEY}\n");
        assert_eq!(TrustedKeys::new([file.as_str()]), TrustedKeys::new([KEY]));
        let message = TrustedKeys::new(["RWnotakey"]).unwrap_err();
        assert!(
            message.contains("\"RWnotakey\" is not a minisign public key"),
            "{message}"
        );
    }
}
