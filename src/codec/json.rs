//! Reads a JSON document into a `serde_json::Value` and notes duplicated
//! object keys, in one pass of serde_json's own parser.
//!
//! Why not plain `serde_json::from_str::<Value>`: `Value` silently keeps the
//! last of two equal keys, and a scenario file that sets a lever twice must
//! say so (links do). Numbers are exact because serde_json's
//! `float_roundtrip` feature is on (see Cargo.toml): `1.34` stays `1.34`.

use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

/// Parses `text` as JSON. Returns the value and the paths of duplicated
/// object keys (`levers.x`); the first occurrence of a key is kept. An error
/// is serde_json's, with its line and column.
pub(crate) fn parse(text: &str) -> Result<(Value, Vec<String>), serde_json::Error> {
    let mut duplicates = Vec::new();
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let value = Node { path: String::new(), duplicates: &mut duplicates }.deserialize(&mut deserializer)?;
    deserializer.end()?;
    Ok((value, duplicates))
}

/// A value at `path` (`""` for the document, `levers.x` below it); array
/// items share their array's path.
struct Node<'a> {
    path: String,
    duplicates: &'a mut Vec<String>,
}

impl<'de> DeserializeSeed<'de> for Node<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Node<'_> {
    type Value = Value;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a JSON value")
    }

    fn visit_bool<E>(self, value: bool) -> Result<Value, E> {
        Ok(Value::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Value, E> {
        Ok(value.into())
    }

    fn visit_u64<E>(self, value: u64) -> Result<Value, E> {
        Ok(value.into())
    }

    fn visit_f64<E>(self, value: f64) -> Result<Value, E> {
        // JSON has no NaN or infinity, so this is always a number.
        Ok(value.into())
    }

    fn visit_str<E>(self, value: &str) -> Result<Value, E> {
        Ok(Value::String(value.to_owned()))
    }

    fn visit_string<E>(self, value: String) -> Result<Value, E> {
        Ok(Value::String(value))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let Node { path, duplicates } = self;
        let mut items = Vec::new();
        while let Some(item) =
            seq.next_element_seed(Node { path: path.clone(), duplicates: &mut *duplicates })?
        {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let Node { path, duplicates } = self;
        let mut fields = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let child = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
            let value = map.next_value_seed(Node { path: child.clone(), duplicates: &mut *duplicates })?;
            if fields.contains_key(&key) {
                duplicates.push(child);
            } else {
                fields.insert(key, value);
            }
        }
        Ok(Value::Object(fields))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_exact_and_duplicates_found() {
        let text =
            r#" {"a": [1.34, -2, 1e2, 18446744073709551615], "b": {"c": "x\"\u00e9", "c": 2}, "d": null} "#;
        let (value, duplicates) = parse(text).unwrap();
        assert_eq!(value["a"][0].as_f64(), Some(1.34));
        assert_eq!(value["a"][1].as_i64(), Some(-2));
        assert_eq!(value["a"][3].as_u64(), Some(u64::MAX));
        assert_eq!(value["b"]["c"], Value::String("x\"é".into()));
        assert_eq!(duplicates, vec!["b.c".to_owned()]);
        assert!(parse("[1,").is_err());
        assert!(parse("{} x").is_err());
    }

    #[test]
    fn every_decimal_reads_back_exactly() {
        // The fast float parser without `float_roundtrip` is off by one unit
        // in the last place for some of these.
        for text in ["1.34", "0.1", "2.2250738585072014e-308", "9007199254740993.0", "26.400000000000002"] {
            let (value, _) = parse(text).unwrap();
            assert_eq!(value.as_f64(), text.parse::<f64>().ok(), "{text}");
        }
    }
}
