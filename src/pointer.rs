//! JSON Pointers (RFC 6901), written one way: every reference token escaped by
//! [`push_token`]. Two representations serve two jobs: [`Place`], a borrowed chain that the
//! reader and the limits extend at every value they descend into without allocating, and
//! [`Pointer`], which a check builds and keeps. Either is written out only when a finding or
//! an error needs its text.

/// Where a value sits in the document, as a chain back to the value read first.
#[derive(Clone, Copy)]
pub(crate) enum Place<'a> {
    /// The value read first, at this JSON Pointer.
    Base(&'a str),
    /// A member of an object.
    Key(&'a Place<'a>, &'a str),
    /// An element of an array.
    Index(&'a Place<'a>, usize),
}

impl Place<'_> {
    /// The JSON Pointer of this place.
    pub(crate) fn pointer(&self) -> String {
        match self {
            Place::Base(base) => (*base).to_owned(),
            Place::Key(parent, key) => {
                let mut pointer = parent.pointer();
                push_token(&mut pointer, key);
                pointer
            }
            Place::Index(parent, index) => {
                let mut pointer = parent.pointer();
                push_token(&mut pointer, &index.to_string());
                pointer
            }
        }
    }
}

/// One step of a JSON Pointer: an object key or an array index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    Key(&'static str),
    Index(usize),
}

/// Steps held inline; the checks' deepest pointer (`/blocks/3/numbers/5`) has four.
const INLINE_STEPS: usize = 4;

/// A JSON Pointer that a check builds and keeps (a finding's place, where a number was first
/// seen): field names and list indices, held without allocating up to four steps (deeper
/// ones are kept on the heap), written out only when a finding needs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Pointer {
    inline: [Step; INLINE_STEPS],
    len: usize,
    deeper: Vec<Step>,
}

impl Pointer {
    /// The request as a whole, `""`.
    pub(crate) const ROOT: Pointer = Pointer {
        inline: [Step::Index(0); INLINE_STEPS],
        len: 0,
        deeper: Vec::new(),
    };

    /// The pointer to field `key` below this one.
    pub(crate) fn key(&self, key: &'static str) -> Self {
        self.then(Step::Key(key))
    }

    /// The pointer to item `index` of the list this one points at.
    pub(crate) fn index(&self, index: usize) -> Self {
        self.then(Step::Index(index))
    }

    fn then(&self, step: Step) -> Self {
        let mut next = self.clone();
        match next.inline.get_mut(next.len) {
            Some(slot) => {
                *slot = step;
                next.len = next.len.saturating_add(1);
            }
            None => next.deeper.push(step),
        }
        next
    }

    fn steps(&self) -> impl Iterator<Item = &Step> {
        self.inline.iter().take(self.len).chain(&self.deeper)
    }
}

impl Pointer {
    /// The pointer as text, every step escaped.
    pub(crate) fn written(&self) -> String {
        let mut pointer = String::new();
        for step in self.steps() {
            match step {
                Step::Key(key) => push_token(&mut pointer, key),
                Step::Index(index) => push_token(&mut pointer, itoa::Buffer::new().format(*index)),
            }
        }
        pointer
    }
}

impl From<Pointer> for String {
    fn from(pointer: Pointer) -> String {
        pointer.written()
    }
}

impl From<&Pointer> for String {
    fn from(pointer: &Pointer) -> String {
        pointer.written()
    }
}

/// Appends one reference token to a JSON Pointer as findings write their paths, escaping
/// `~` as `~0` and `/` as `~1` (RFC 6901).
///
/// ```
/// let mut path = String::from("/numbers");
/// callplan::push_pointer_token(&mut path, "a/b~c");
/// assert_eq!(path, "/numbers/a~1b~0c");
/// ```
pub fn push_token(pointer: &mut String, token: &str) {
    pointer.push('/');
    for character in token.chars() {
        match character {
            '~' => pointer.push_str("~0"),
            '/' => pointer.push_str("~1"),
            other => pointer.push(other),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pointer_keeps_every_step_however_deep() {
        let deep = Pointer::ROOT
            .key("blocks")
            .index(3)
            .key("numbers")
            .index(5)
            .key("extra")
            .index(12);
        assert_eq!(deep.written(), "/blocks/3/numbers/5/extra/12");
        assert_eq!(Pointer::ROOT.written(), "");
    }

    #[test]
    fn pointers_to_different_places_differ() {
        let base = Pointer::ROOT.key("numbers").index(0).key("a").index(1);
        assert_ne!(base.key("x"), base.key("y"));
        assert_eq!(base.key("x"), base.key("x"));
    }

    #[test]
    fn a_pointer_token_escapes_tilde_and_slash() {
        let mut pointer = String::new();
        push_token(&mut pointer, "a/b~c");
        assert_eq!(pointer, "/a~1b~0c");
    }

    #[test]
    fn a_kept_pointer_is_written_escaped_as_a_place_is() {
        let key = Pointer::ROOT.key("a/b~c").index(2);
        let base = Place::Base("");
        let member = Place::Key(&base, "a/b~c");
        assert_eq!(key.written(), Place::Index(&member, 2).pointer());
        assert_eq!(key.written(), "/a~1b~0c/2");
    }
}
