//! Typed identifiers, so that a speaker id can never be passed where an event id is meant.
//!
//! An id is a shared string: cloning one copies a pointer, so the loader can keep one copy
//! of each id and hand it to every statement and span that names it.

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::sync::Arc;

macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(Arc<str>);

        impl $name {
            pub fn new(id: impl Into<String>) -> Self {
                Self(Arc::from(id.into()))
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
                Self(Arc::from(id))
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_str(IdVisitor).map(Self)
            }
        }
    };
}

/// Reads an id straight into its shared string, with no `String` on the way.
struct IdVisitor;

impl Visitor<'_> for IdVisitor {
    type Value = Arc<str>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: de::Error>(self, id: &str) -> Result<Arc<str>, E> {
        Ok(Arc::from(id))
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_reads_and_writes_as_a_plain_string() {
        let id: SpeakerId = serde_json::from_str("\"p-1\"").unwrap();
        assert_eq!(id.as_str(), "p-1");
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"p-1\"");
        assert_eq!(format!("{id} {id:?}"), "p-1 SpeakerId(\"p-1\")");
        assert!(serde_json::from_str::<SpeakerId>("5").is_err());
    }

    #[test]
    fn a_clone_shares_the_text() {
        let id = StatementId::new(String::from("r-1"));
        let copy = id.clone();
        assert_eq!(copy, id);
        assert!(std::ptr::eq(copy.as_str(), id.as_str()));
    }
}
