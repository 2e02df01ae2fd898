//! The article's own description of itself in JSON-LD: a schema.org `NewsArticle` (or
//! another kind of article), alone, in a list, or in an `@graph`, as publishers and
//! their CMS plug-ins write it.

use serde_json::Value;

/// What a JSON-LD article says about itself; each field as the page gives it.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct ArticleMeta {
    pub headline: Option<String>,
    pub author: Option<String>,
    pub publisher: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
}

/// The first article described in a `<script type="application/ld+json">` block, if
/// the block is JSON and describes one.
pub fn article(block: &str) -> Option<ArticleMeta> {
    let value: Value = serde_json::from_str(block.trim()).ok()?;
    let found = candidates(&value).find(|item| is_article(item))?;
    Some(ArticleMeta {
        headline: text(found.get("headline")).or_else(|| text(found.get("name"))),
        author: names(found.get("author")),
        publisher: names(found.get("publisher")),
        published: text(found.get("datePublished")),
        url: text(found.get("url")).or_else(|| id_of(found.get("mainEntityOfPage"))),
    })
}

/// The objects a block describes: itself, the items of a list, the items of `@graph`.
fn candidates(value: &Value) -> Box<dyn Iterator<Item = &Value> + '_> {
    match value {
        Value::Array(items) => Box::new(items.iter().flat_map(candidates)),
        Value::Object(map) => {
            let graph = map.get("@graph").into_iter().flat_map(candidates);
            Box::new(std::iter::once(value).chain(graph))
        }
        _ => Box::new(std::iter::empty()),
    }
}

/// Whether an object's `@type` (a string or a list) is a kind of article: `Article`,
/// `NewsArticle`, `ReportageNewsArticle`, `BlogPosting` and the like.
fn is_article(item: &Value) -> bool {
    let is = |t: &str| t.ends_with("Article") || t.ends_with("BlogPosting");
    match item.get("@type") {
        Some(Value::String(t)) => is(t),
        Some(Value::Array(types)) => types.iter().filter_map(Value::as_str).any(is),
        _ => false,
    }
}

fn text(value: Option<&Value>) -> Option<String> {
    let text = value?.as_str()?.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

/// A person or organisation, or a list of them, as names: `"A"`, `{"name": "A"}`,
/// `[{"name": "A"}, "B"]` give "A" and "A, B".
fn names(value: Option<&Value>) -> Option<String> {
    let one = |v: &Value| text(Some(v)).or_else(|| text(v.get("name")));
    let all: Vec<String> = match value? {
        Value::Array(items) => items.iter().filter_map(one).collect(),
        single => one(single).into_iter().collect(),
    };
    (!all.is_empty()).then(|| all.join(", "))
}

/// `mainEntityOfPage` as a URL: a string, or an object's `@id`.
fn id_of(value: Option<&Value>) -> Option<String> {
    text(value).or_else(|| text(value?.get("@id")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_news_article() {
        let meta = article(
            r#"{"@context": "https://schema.org", "@type": "NewsArticle",
                "headline": "Talks end", "datePublished": "2025-08-16T09:00:00Z",
                "author": {"@type": "Person", "name": "Ann Lee"},
                "publisher": {"@type": "Organization", "name": "The Gazette"},
                "mainEntityOfPage": {"@id": "https://example.org/talks"}}"#,
        )
        .unwrap();
        assert_eq!(meta.headline.as_deref(), Some("Talks end"));
        assert_eq!(meta.author.as_deref(), Some("Ann Lee"));
        assert_eq!(meta.publisher.as_deref(), Some("The Gazette"));
        assert_eq!(meta.published.as_deref(), Some("2025-08-16T09:00:00Z"));
        assert_eq!(meta.url.as_deref(), Some("https://example.org/talks"));
    }

    #[test]
    fn an_article_inside_a_graph_beside_other_things() {
        let meta = article(
            r#"{"@context": "https://schema.org", "@graph": [
                {"@type": "WebSite", "name": "Gazette"},
                {"@type": ["ReportageNewsArticle"], "name": "Storm", "url": "https://e.org/s",
                 "author": [{"name": "A"}, "B"]}]}"#,
        )
        .unwrap();
        assert_eq!(meta.headline.as_deref(), Some("Storm"));
        assert_eq!(meta.author.as_deref(), Some("A, B"));
        assert_eq!(meta.url.as_deref(), Some("https://e.org/s"));
    }

    #[test]
    fn not_an_article_or_not_json_is_nothing() {
        assert_eq!(article(r#"{"@type": "Organization", "name": "X"}"#), None);
        assert_eq!(article("{not json"), None);
        assert_eq!(article(r#"[{"@type": "BreadcrumbList"}]"#), None);
    }
}
