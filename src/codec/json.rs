//! Reads JSON that serde_json has already validated into a
//! `serde_json::Value`, with numbers parsed exactly.
//!
//! Why: without its `float_roundtrip` feature, serde_json parses floats with
//! a fast algorithm that can be one unit in the last place off
//! (`1.34` → `1.3399999999999999`), which would break the exact round trip of
//! scenario files. Rust's `f64::from_str` is exact. Reading the structure
//! ourselves also shows duplicated keys, which `Value` silently merges.

use serde_json::{Map, Number, Value};

/// Parses `text`, which must be valid JSON (check with serde_json first).
/// Returns the value and the paths of duplicated object keys (`levers.x`);
/// the first occurrence of a key is kept. `None` only if `text` is not valid.
pub(crate) fn parse_exact(text: &str) -> Option<(Value, Vec<String>)> {
    let mut reader = Reader { bytes: text.as_bytes(), text, at: 0, duplicates: Vec::new() };
    let value = reader.value("")?;
    reader.space();
    (reader.at == reader.bytes.len()).then_some((value, reader.duplicates))
}

struct Reader<'a> {
    bytes: &'a [u8],
    text: &'a str,
    at: usize,
    duplicates: Vec<String>,
}

impl Reader<'_> {
    fn space(&mut self) {
        while self.bytes.get(self.at).is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        self.space();
        let found = self.bytes.get(self.at) == Some(&byte);
        if found {
            self.at += 1;
        }
        found
    }

    fn value(&mut self, path: &str) -> Option<Value> {
        self.space();
        match *self.bytes.get(self.at)? {
            b'{' => {
                self.at += 1;
                let mut map = Map::new();
                if self.eat(b'}') {
                    return Some(Value::Object(map));
                }
                loop {
                    self.space();
                    let key = self.string()?;
                    if !self.eat(b':') {
                        return None;
                    }
                    let child = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
                    let value = self.value(&child)?;
                    if map.contains_key(&key) {
                        self.duplicates.push(child);
                    } else {
                        map.insert(key, value);
                    }
                    if self.eat(b'}') {
                        return Some(Value::Object(map));
                    }
                    if !self.eat(b',') {
                        return None;
                    }
                }
            }
            b'[' => {
                self.at += 1;
                let mut items = Vec::new();
                if self.eat(b']') {
                    return Some(Value::Array(items));
                }
                loop {
                    items.push(self.value(path)?);
                    if self.eat(b']') {
                        return Some(Value::Array(items));
                    }
                    if !self.eat(b',') {
                        return None;
                    }
                }
            }
            b'"' => self.string().map(Value::String),
            b't' => self.literal("true", Value::Bool(true)),
            b'f' => self.literal("false", Value::Bool(false)),
            b'n' => self.literal("null", Value::Null),
            _ => self.number(),
        }
    }

    fn literal(&mut self, word: &str, value: Value) -> Option<Value> {
        let end = self.at + word.len();
        (self.bytes.get(self.at..end)? == word.as_bytes()).then(|| {
            self.at = end;
            value
        })
    }

    /// A string token, unescaped by serde_json (the token is valid JSON).
    fn string(&mut self) -> Option<String> {
        let start = self.at;
        if self.bytes.get(start) != Some(&b'"') {
            return None;
        }
        let mut at = start + 1;
        loop {
            match *self.bytes.get(at)? {
                b'\\' => at += 2,
                b'"' => break,
                _ => at += 1,
            }
        }
        self.at = at + 1;
        serde_json::from_str(self.text.get(start..self.at)?).ok()
    }

    fn number(&mut self) -> Option<Value> {
        let start = self.at;
        while self
            .bytes
            .get(self.at)
            .is_some_and(|b| matches!(b, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E'))
        {
            self.at += 1;
        }
        let token = self.text.get(start..self.at)?;
        let integer = !token.contains(['.', 'e', 'E']);
        let number = match (integer, token.parse::<u64>(), token.parse::<i64>()) {
            (true, Ok(n), _) => Number::from(n),
            (true, _, Ok(n)) => Number::from(n),
            _ => Number::from_f64(token.parse::<f64>().ok()?)?,
        };
        Some(Value::Number(number))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_exact_and_duplicates_found() {
        let text =
            r#" {"a": [1.34, -2, 1e2, 18446744073709551615], "b": {"c": "x\"\u00e9", "c": 2}, "d": null} "#;
        let (value, duplicates) = parse_exact(text).unwrap();
        assert_eq!(value["a"][0].as_f64(), Some(1.34));
        assert_eq!(value["a"][1].as_i64(), Some(-2));
        assert_eq!(value["a"][3].as_u64(), Some(u64::MAX));
        assert_eq!(value["b"]["c"], Value::String("x\"é".into()));
        assert_eq!(duplicates, vec!["b.c".to_owned()]);
        assert!(parse_exact("[1,").is_none());
    }
}
