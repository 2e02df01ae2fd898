//! Typed identifiers, so that a speaker id can never be passed where an event id is meant.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                Self::new(id)
            }
        }
    };
}

id_type!(
    /// A report's id: the stem of its file name (`summit` for `summit.txt`).
    ReportId
);
id_type!(
    /// A speaker's id, shared by every report that quotes the speaker.
    SpeakerId
);
id_type!(
    /// A statement's id, unique across the corpus.
    StatementId
);
id_type!(
    /// An event's id; the same real event in two reports has one id.
    EventId
);
