//! A case file's text: where a value sits in it, and rewriting its `expected` while
//! keeping everything else the author wrote (layout, key order, the keys left out).

use jsonc_parser::ast;
use jsonc_parser::common::Ranged;
use jsonc_parser::cst::{
    CstArray, CstContainerNode, CstInputValue, CstNode, CstObject, CstObjectProp, CstRootNode,
};
use jsonc_parser::{CollectOptions, ParseOptions};
use serde_json::Value;
use similar::Algorithm;

/// The 1-based line of the value at `pointer` below the file's `expected` (or of the
/// nearest value above it that the file holds); line 1 when the text cannot be read.
pub fn line_of(text: &str, pointer: &str) -> usize {
    let offset = offset_of(text, pointer).unwrap_or(0);
    let before = text.get(..offset).unwrap_or_default();
    before.matches('\n').count().saturating_add(1)
}

fn offset_of(text: &str, pointer: &str) -> Option<usize> {
    let parsed =
        jsonc_parser::parse_to_ast(text, &CollectOptions::default(), &ParseOptions::default())
            .ok()?;
    let root = parsed.value?;
    let mut node = root.as_object()?.get("expected")?.value.clone();
    for token in pointer.split('/').skip(1).map(unescape) {
        let child = match &node {
            ast::Value::Object(object) => object.get(&token).map(|prop| prop.value.clone()),
            ast::Value::Array(array) => token
                .parse::<usize>()
                .ok()
                .and_then(|index| array.elements.get(index).cloned()),
            _ => None,
        };
        match child {
            Some(child) => node = child,
            None => break,
        }
    }
    Some(node.start())
}

/// A JSON Pointer token with `~1` and `~0` read back.
fn unescape(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

/// `text` with its `expected` changed from `old` to `new`: only the values that differ are
/// rewritten, keys `new` no longer has are removed, and all else stays byte for byte.
pub fn rewrite_expected(text: &str, old: &Value, new: &Value) -> Result<String, String> {
    let root = CstRootNode::parse(text, &ParseOptions::default()).map_err(|e| e.to_string())?;
    let case = root.object_value().ok_or("the case is not an object")?;
    let prop = case.get("expected").ok_or("the case has no `expected`")?;
    match (old, new, prop.object_value()) {
        (Value::Object(_), Value::Object(_), Some(object)) => edit_object(&object, old, new),
        _ => prop.set_value(input_value(new, &[])),
    }
    Ok(root.to_string())
}

fn edit_object(object: &CstObject, old: &Value, new: &Value) {
    let (Value::Object(old_fields), Value::Object(new_fields)) = (old, new) else {
        return;
    };
    for (key, old_value) in old_fields {
        let Some(prop) = object.get(key) else {
            continue;
        };
        match new_fields.get(key) {
            None => prop.remove(),
            Some(new_value) if new_value == old_value => {}
            Some(new_value) => match prop.value() {
                Some(node) => edit_value(node, old_value, new_value),
                None => prop.set_value(input_value(new_value, &[])),
            },
        }
    }
}

/// Turns the value `node` (which holds `old`) into `new`, descending where both are objects
/// or arrays of one length, replacing it whole otherwise.
fn edit_value(node: CstNode, old: &Value, new: &Value) {
    match (old, new) {
        _ if old == new => {}
        (Value::Object(_), Value::Object(_)) if node.as_object().is_some() => {
            if let Some(object) = node.as_object() {
                edit_object(&object, old, new);
            }
        }
        (Value::Array(old_items), Value::Array(new_items)) if node.as_array().is_some() => {
            if let Some(array) = node.as_array() {
                edit_array(&array, old_items, new_items);
            }
        }
        _ => replace(node, input_value(new, &[])),
    }
}

/// Turns the elements of `array` (which hold `old`) into `new`: elements that stay are
/// left as written, the others are edited, removed or inserted where a line diff of the
/// two lists puts them.
fn edit_array(array: &CstArray, old: &[Value], new: &[Value]) {
    let key_order = key_order_of(array);
    let texts = |items: &[Value]| -> Vec<String> { items.iter().map(Value::to_string).collect() };
    let (old_texts, new_texts) = (texts(old), texts(new));
    let operations = similar::capture_diff_slices(Algorithm::Myers, &old_texts, &new_texts);
    for operation in operations.iter().rev() {
        let (_, old_range, new_range) = operation.as_tag_tuple();
        let paired = old_range.len().min(new_range.len());
        let elements = array.elements();
        for (index, element) in elements
            .iter()
            .enumerate()
            .skip(old_range.start)
            .take(old_range.len())
            .rev()
        {
            if index >= old_range.start.saturating_add(paired) {
                element.clone().remove();
            }
        }
        for offset in paired..new_range.len() {
            if let Some(item) = new.get(new_range.start.saturating_add(offset)) {
                array.insert(
                    old_range.start.saturating_add(offset),
                    input_value(item, &key_order),
                );
            }
        }
        for offset in 0..paired {
            let at = |start: usize| start.saturating_add(offset);
            let (Some(element), Some(old_item), Some(new_item)) = (
                elements.get(at(old_range.start)),
                old.get(at(old_range.start)),
                new.get(at(new_range.start)),
            ) else {
                continue;
            };
            edit_value(element.clone(), old_item, new_item);
        }
    }
}

/// The order of keys in the array's first object element, as the file writes them.
fn key_order_of(array: &CstArray) -> Vec<String> {
    array
        .elements()
        .iter()
        .find_map(CstNode::as_object)
        .map(|object| {
            object
                .properties()
                .iter()
                .filter_map(CstObjectProp::decoded_name)
                .collect()
        })
        .unwrap_or_default()
}

/// Replaces a value node, whatever its kind.
fn replace(node: CstNode, value: CstInputValue) {
    if let Some(CstContainerNode::ObjectProp(prop)) = node.parent() {
        prop.set_value(value);
    } else if let Some(object) = node.as_object() {
        object.replace_with(value);
    } else if let Some(array) = node.as_array() {
        array.replace_with(value);
    } else if let Some(text) = node.as_string_lit() {
        text.replace_with(value);
    } else if let Some(number) = node.as_number_lit() {
        number.replace_with(value);
    } else if let Some(flag) = node.as_boolean_lit() {
        flag.replace_with(value);
    } else if let Some(null) = node.as_null_keyword() {
        null.replace_with(value);
    }
}

/// A JSON value as the CST editor takes it, the keys of its objects in `key_order` first
/// (the order a file's neighbouring elements use), then alphabetically.
fn input_value(value: &Value, key_order: &[String]) -> CstInputValue {
    match value {
        Value::Null => CstInputValue::Null,
        Value::Bool(flag) => CstInputValue::Bool(*flag),
        Value::Number(number) => CstInputValue::Number(number.to_string()),
        Value::String(text) => CstInputValue::String(text.clone()),
        Value::Array(items) => CstInputValue::Array(
            items
                .iter()
                .map(|item| input_value(item, key_order))
                .collect(),
        ),
        Value::Object(fields) => {
            let mut ordered: Vec<(&String, &Value)> = fields.iter().collect();
            let rank = |key: &String| {
                key_order
                    .iter()
                    .position(|k| k == key)
                    .unwrap_or(usize::MAX)
            };
            ordered.sort_by_key(|(key, _)| rank(key));
            CstInputValue::Object(
                ordered
                    .into_iter()
                    .map(|(key, value)| (key.clone(), input_value(value, key_order)))
                    .collect(),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rewritten(text: &str, new: Value) -> String {
        let old: Value = serde_json::from_str::<Value>(text).unwrap()["expected"].clone();
        rewrite_expected(text, &old, &new).unwrap()
    }

    #[test]
    fn elements_of_every_kind_are_replaced_in_place() {
        let text = "{\"expected\": {\"list\": [\"a\", 1, true, null, \"same\"]}}";
        let new = json!({"list": ["b", 2, false, "x", "same"]});
        assert_eq!(
            rewritten(text, new),
            "{\"expected\": {\"list\": [\"b\", 2, false, \"x\", \"same\"]}}"
        );
    }

    #[test]
    fn keys_the_answer_lacks_are_removed_and_the_rest_stays_as_written() {
        let text = "{\n  \"expected\": {\n    \"ok\":   true,\n    \"gone\": 1,\n    \"result\": {\"a\": 1}\n  }\n}";
        let new = json!({"ok": true, "result": {"a": 2}});
        assert_eq!(
            rewritten(text, new),
            "{\n  \"expected\": {\n    \"ok\":   true,\n    \"result\": {\"a\": 2}\n  }\n}"
        );
    }

    #[test]
    fn new_elements_take_the_key_order_of_their_neighbours() {
        let text = "{\"expected\": {\"findings\": [{\"rule\": \"a\", \"path\": \"/x\"}]}}";
        let new = json!({"findings": [{"rule": "a", "path": "/x"}, {"path": "/y", "rule": "b"}]});
        let result = rewritten(text, new);
        let second = result.find("\"rule\": \"b\"").unwrap();
        assert!(
            second < result.find("\"path\": \"/y\"").unwrap(),
            "{result}"
        );
        assert!(
            result
                .starts_with("{\"expected\": {\"findings\": [{\"rule\": \"a\", \"path\": \"/x\"}"),
            "{result}"
        );
    }

    #[test]
    fn an_expected_of_another_type_is_replaced_whole() {
        assert_eq!(
            rewritten("{\"expected\": 5}", json!({"ok": true})),
            "{\"expected\": {\n    \"ok\": true\n  }}"
        );
    }

    #[test]
    fn the_line_of_a_value_below_expected() {
        let text = "{\n  \"request\": {},\n  \"expected\": {\n    \"findings\": [\n      {\"rule\": \"a\"}\n    ]\n  }\n}";
        assert_eq!(line_of(text, "/findings/0/rule"), 5);
        assert_eq!(
            line_of(text, "/findings/3"),
            4,
            "the nearest value the file holds"
        );
        assert_eq!(line_of(text, ""), 3);
        assert_eq!(line_of("not json", "/a"), 1);
    }
}
