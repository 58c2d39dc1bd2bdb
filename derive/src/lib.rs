//! `#[derive(ReadJson)]`: callplan's reader of a type from a JSON value, made from the
//! same `#[serde(...)]` attributes that shape the type's JSON output and its TypeScript
//! declaration, so each request type is defined once.
//!
//! The generated code is small and direct — for a struct, one check for members that are
//! no field, then each field taken out of the object in the order the type declares it;
//! every problem is named by the `read_json` module, once — which is what keeps the WebAssembly
//! module small. It reads:
//! - structs with named fields: `default` (container or field), `deny_unknown_fields`;
//! - enums of unit variants (read from a string): `rename_all` (`snake_case`,
//!   `lowercase`), a variant's own `rename`;
//! - internally tagged enums (`tag = "…"`) of struct variants and one-field tuple variants.
//!
//! Any other attribute that changes how serde would read the type is a compile error, so
//! the reader can never silently disagree with the type's serde description. It also
//! implements `serde::Deserialize` through the reader, for Rust users who embed the type.
//! The code refers to `crate::read_json` and `crate::pointer`: the derive serves the `callplan` crate only.

use proc_macro::TokenStream;
use proc_macro2::TokenStream as Tokens;
use quote::quote;
use syn::meta::ParseNestedMeta;
use syn::{
    parse_macro_input, Attribute, Data, DataEnum, DeriveInput, Error, Fields, FieldsNamed, LitStr,
    Result, Token,
};

/// Derives `crate::read_json::ReadJson` (and `serde::Deserialize` through it) from the type's
/// serde attributes.
#[proc_macro_derive(ReadJson, attributes(serde))]
pub fn derive_read_json(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand(&input)
        .unwrap_or_else(Error::into_compile_error)
        .into()
}

fn expand(input: &DeriveInput) -> Result<Tokens> {
    if !input.generics.params.is_empty() {
        return Err(Error::new_spanned(
            &input.generics,
            "ReadJson reads types without generics",
        ));
    }
    let options = Options::of(&input.attrs)?;
    if options.rename.is_some() {
        return Err(Error::new_spanned(
            input,
            "ReadJson reads `rename` on a variant only",
        ));
    }
    let body = match &input.data {
        Data::Struct(data) => match &data.fields {
            Fields::Named(fields) => struct_body(&options, fields)?,
            _ => {
                return Err(Error::new_spanned(
                    input,
                    "ReadJson reads structs with named fields",
                ))
            }
        },
        Data::Enum(data) => match &options.tag {
            Some(tag) => tagged_enum_body(&options, tag, data)?,
            None => unit_enum_body(&options, data)?,
        },
        Data::Union(_) => return Err(Error::new_spanned(input, "ReadJson does not read unions")),
    };
    let name = &input.ident;
    Ok(quote! {
        impl crate::read_json::ReadJson for #name {
            fn read(
                value: ::serde_json::Value,
                place: &crate::pointer::Place<'_>,
            ) -> ::core::result::Result<Self, crate::read_json::ReadError> {
                #body
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                crate::read_json::deserialize_through_reader(deserializer)
            }
        }
    })
}

/// The serde attributes the reader follows, of a container, a field or a variant.
#[derive(Default)]
struct Options {
    default: bool,
    deny_unknown_fields: bool,
    rename: Option<String>,
    rename_all: Option<String>,
    tag: Option<String>,
}

impl Options {
    fn of(attributes: &[Attribute]) -> Result<Options> {
        let mut options = Options::default();
        for attribute in attributes
            .iter()
            .filter(|attribute| attribute.path().is_ident("serde"))
        {
            attribute.parse_nested_meta(|meta| options.read(&meta))?;
        }
        Ok(options)
    }

    fn read(&mut self, meta: &ParseNestedMeta<'_>) -> Result<()> {
        let key = meta
            .path
            .get_ident()
            .map(ToString::to_string)
            .unwrap_or_default();
        let has_value = meta.input.peek(Token![=]);
        match (key.as_str(), has_value) {
            ("default", false) => self.default = true,
            ("deny_unknown_fields", false) => self.deny_unknown_fields = true,
            ("rename", true) => self.rename = Some(text(meta)?),
            ("rename_all", true) => self.rename_all = Some(text(meta)?),
            ("tag", true) => self.tag = Some(text(meta)?),
            // Attributes of writing only.
            ("skip_serializing_if" | "serialize_with", true) => {
                text(meta)?;
            }
            _ => return Err(meta.error(format!("ReadJson does not read `serde({key})`"))),
        }
        Ok(())
    }
}

fn text(meta: &ParseNestedMeta<'_>) -> Result<String> {
    Ok(meta.value()?.parse::<LitStr>()?.value())
}

/// A struct: an object whose members are its fields.
fn struct_body(options: &Options, fields: &FieldsNamed) -> Result<Tokens> {
    let members = members_body(options, fields, &quote!(Self))?;
    Ok(quote! {
        let mut members = crate::read_json::object(value, place)?;
        #members
    })
}

/// Reads the fields of `constructor` from `members` (an object's members found at `place`,
/// in a mutable binding): first any member that is no field (when unknown fields are
/// denied), then each field in the order the type declares them.
fn members_body(container: &Options, fields: &FieldsNamed, constructor: &Tokens) -> Result<Tokens> {
    let mut names = Vec::new();
    let mut values = Vec::new();
    for field in &fields.named {
        let options = Options::of(&field.attrs)?;
        if options.rename.is_some() {
            return Err(Error::new_spanned(
                field,
                "ReadJson reads `rename` on a variant only",
            ));
        }
        let ident = field
            .ident
            .as_ref()
            .ok_or_else(|| Error::new_spanned(field, "a named field"))?;
        let name = ident.to_string();
        values.push(if container.default {
            quote!(#ident: crate::read_json::field(&mut members, place, #name)?
                .unwrap_or_else(|| <Self as ::core::default::Default>::default().#ident))
        } else if options.default {
            quote!(#ident: crate::read_json::field(&mut members, place, #name)?.unwrap_or_default())
        } else {
            quote!(#ident: crate::read_json::required_field(&mut members, place, #name)?)
        });
        names.push(name);
    }
    let only_fields = container
        .deny_unknown_fields
        .then(|| quote!(crate::read_json::only_fields(&members, place, &[#(#names),*])?;));
    Ok(quote! {
        #only_fields
        ::core::result::Result::Ok(#constructor { #(#values),* })
    })
}

/// An enum of unit variants: one of its names, as a string.
fn unit_enum_body(options: &Options, data: &DataEnum) -> Result<Tokens> {
    let mut names = Vec::new();
    let mut idents = Vec::new();
    for variant in &data.variants {
        if !matches!(variant.fields, Fields::Unit) {
            return Err(Error::new_spanned(
                variant,
                "ReadJson reads an enum with fields only when it is tagged (`serde(tag = …)`)",
            ));
        }
        names.push(variant_name(options, variant)?);
        idents.push(&variant.ident);
    }
    Ok(quote! {
        const NAMES: &[&str] = &[#(#names),*];
        let name = crate::read_json::name(value, place, NAMES)?;
        match name.as_str() {
            #( #names => ::core::result::Result::Ok(Self::#idents), )*
            _ => ::core::result::Result::Err(crate::read_json::unknown_name(place, name, NAMES)),
        }
    })
}

/// An internally tagged enum: an object whose `tag` member names the variant, and whose
/// other members are the variant's fields (or the one field's own members).
fn tagged_enum_body(options: &Options, tag: &str, data: &DataEnum) -> Result<Tokens> {
    let mut names = Vec::new();
    let mut bodies = Vec::new();
    for variant in &data.variants {
        let ident = &variant.ident;
        names.push(variant_name(options, variant)?);
        bodies.push(match &variant.fields {
            Fields::Named(fields) => {
                let variant_options = Options {
                    deny_unknown_fields: options.deny_unknown_fields,
                    ..Options::default()
                };
                members_body(&variant_options, fields, &quote!(Self::#ident))?
            }
            Fields::Unnamed(fields) if fields.unnamed.len() == 1 => quote! {
                crate::read_json::ReadJson::read(::serde_json::Value::Object(members), place).map(Self::#ident)
            },
            _ => {
                return Err(Error::new_spanned(
                    variant,
                    "ReadJson reads tagged variants with named fields or one field",
                ))
            }
        });
    }
    Ok(quote! {
        const NAMES: &[&str] = &[#(#names),*];
        let mut members = crate::read_json::object(value, place)?;
        let tag_place = crate::pointer::Place::Key(place, #tag);
        let tag = crate::read_json::tag(&mut members, &tag_place, #tag, NAMES)?;
        match tag.as_str() {
            #( #names => { #bodies } )*
            _ => ::core::result::Result::Err(crate::read_json::unknown_name(&tag_place, tag, NAMES)),
        }
    })
}

/// A variant's JSON name: its own `rename`, else its name under the enum's `rename_all` (any
/// other serde attribute of the variant is refused, as every attribute the reader does not
/// follow is).
fn variant_name(container: &Options, variant: &syn::Variant) -> Result<String> {
    if let Some(renamed) = Options::of(&variant.attrs)?.rename {
        return Ok(renamed);
    }
    let ident = &variant.ident;
    let name = ident.to_string();
    match container.rename_all.as_deref() {
        None => Ok(name),
        Some("lowercase") => Ok(name.to_lowercase()),
        Some("snake_case") => Ok(snake_case(&name)),
        Some(other) => Err(Error::new_spanned(
            ident,
            format!("ReadJson does not read `rename_all = \"{other}\"`"),
        )),
    }
}

/// `PascalCase` as `snake_case`, as serde writes it.
fn snake_case(name: &str) -> String {
    let mut snake = String::with_capacity(name.len().saturating_add(4));
    for (index, character) in name.char_indices() {
        if character.is_uppercase() && index > 0 {
            snake.push('_');
        }
        snake.extend(character.to_lowercase());
    }
    snake
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The derive's own message for `source`, or `None` when it derives.
    fn refusal(source: &str) -> Option<String> {
        let input: DeriveInput = syn::parse_str(source).ok()?;
        expand(&input).err().map(|error| error.to_string())
    }

    #[test]
    fn a_tagged_variant_reads_one_field_or_named_fields() {
        let one = r#"#[serde(tag = "check")] enum Check { A(Input) }"#;
        assert_eq!(refusal(one), None);
        let named = r#"#[serde(tag = "check")] enum Check { A { size: u32 } }"#;
        assert_eq!(refusal(named), None);
        let two = r#"#[serde(tag = "check")] enum Check { A(Input, Other) }"#;
        assert_eq!(
            refusal(two).as_deref(),
            Some("ReadJson reads tagged variants with named fields or one field")
        );
    }
}
