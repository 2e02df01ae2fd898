//! People's names as news prints them: one person's name folded so that its spellings
//! agree ("Zelenskyy", "Zelensky"), split into a first name and a surname, and the
//! honorifics and role words that say whether the person is a man or a woman. Used by
//! ingest inside one report and by the corpus across reports, so that both agree on
//! when two names are one person.

use compact_str::CompactString;
use smallvec::SmallVec;

/// A name folded for comparing: lower case letters and digits, single spaces, doubled
/// letters once ("Zelenskyy" and "Zelensky" agree).
pub fn fold(name: &str) -> String {
    if !name.is_ascii() {
        return fold_chars(name);
    }
    let mut out = vec![0; name.len()];
    let len = fold_ascii(name.as_bytes(), &mut out);
    out.truncate(len);
    String::from_utf8(out).expect("ASCII")
}

/// `fold`, kept inline when short (compact_str): a short ASCII name is folded on the
/// stack, without the `String` that `fold` allocates. Each person met has a surname
/// and mostly a first name folded.
pub fn fold_compact(name: &str) -> CompactString {
    const ROOM: usize = 24;
    if name.is_ascii() && name.len() <= ROOM {
        let mut room = [0; ROOM];
        let len = fold_ascii(name.as_bytes(), &mut room);
        return CompactString::from_utf8(&room[..len]).expect("ASCII");
    }
    CompactString::from(fold(name))
}

/// `fold` of an ASCII name, byte by byte, into `out` (as long as the name at least):
/// the length of the folded name. This is asked of every name met. Spaces opening it
/// are left out as they come, and doubled bytes are kept once, so that at most one
/// space ends it.
fn fold_ascii(name: &[u8], out: &mut [u8]) -> usize {
    let mut len = 0;
    let mut last = 0;
    for &b in name {
        let b = b.to_ascii_lowercase();
        if !(b.is_ascii_alphanumeric() || b == b' ') {
            continue;
        }
        if b != last && !(b == b' ' && len == 0) {
            out[len] = b;
            len += 1;
        }
        last = b;
    }
    if len > 0 && out[len - 1] == b' ' {
        len -= 1;
    }
    len
}

/// `fold` of any name, a character at a time.
fn fold_chars(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut last = None;
    let mut push = |c: char| {
        if Some(c) != last {
            out.push(c);
        }
        last = Some(c);
    };
    name.chars()
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric() || *c == ' ')
        .for_each(&mut push);
    // Only spaces can lead or trail: trimmed in place rather than copied.
    let end = out.trim_end().len();
    out.truncate(end);
    let lead = out.len() - out.trim_start().len();
    out.drain(..lead);
    out
}

/// A name as an id: lower case letters and digits, words joined by hyphens
/// ("Ursula von der Leyen" is "ursula-von-der-leyen").
pub fn slug(name: &str) -> String {
    if !name.is_ascii() {
        return slug_chars(name);
    }
    // An ASCII name, byte by byte: a hyphen is owed after a word that gave letters
    // and paid before the next letter, so that a word of marks alone adds nothing.
    let mut slug = String::with_capacity(name.len());
    let mut owed = false;
    for b in name.bytes() {
        // The ASCII bytes `char::is_whitespace` takes, as `split_whitespace` splits.
        if matches!(b, b'\t'..=b'\r' | b' ') {
            owed = !slug.is_empty();
        } else if b.is_ascii_alphanumeric() {
            if owed {
                slug.push('-');
                owed = false;
            }
            slug.push(char::from(b.to_ascii_lowercase()));
        }
    }
    slug
}

/// `slug` of any name, a character at a time.
fn slug_chars(name: &str) -> String {
    let mut slug = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        let before = slug.len();
        if before > 0 {
            slug.push('-');
        }
        let start = slug.len();
        // An ASCII letter lowers into one ASCII letter: pushed without asking Unicode.
        for c in word.chars() {
            if c.is_ascii() {
                if c.is_ascii_alphanumeric() {
                    slug.push(c.to_ascii_lowercase());
                }
            } else {
                slug.extend(c.to_lowercase().filter(|c| c.is_alphanumeric()));
            }
        }
        // A word of marks alone adds nothing, not even its hyphen.
        if slug.len() == start {
            slug.truncate(before);
        }
    }
    slug
}

/// What a name or a title says of a person's sex: newspapers write "Mr." and "Mrs.",
/// "spokesman" and "spokeswoman".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    Male,
    Female,
}

impl Gender {
    /// Whether a person known as `known` may be the one meant by words saying `said`.
    pub fn fits(known: Option<Gender>, said: Option<Gender>) -> bool {
        match (known, said) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        }
    }
}

/// Honorifics and titles of a man or a woman, in lower case. Not pronouns: in a
/// mention they stand for someone else ("his admiration for Warren", "her aide").
const MALE_TITLES: &[&str] = &["mr", "sir", "lord", "king", "prince"];
const FEMALE_TITLES: &[&str] = &[
    "mrs", "ms", "miss", "madam", "dame", "lady", "queen", "princess",
];

/// Words naming a man's or a woman's role ("spokeswoman"), in lower case.
const MALE_ROLES: &[&str] = &[
    "spokesman",
    "congressman",
    "chairman",
    "businessman",
    "councilman",
    "assemblyman",
    "alderman",
    "anchorman",
    "statesman",
    "man",
    "father",
    "son",
    "husband",
    "brother",
    "widower",
];
const FEMALE_ROLES: &[&str] = &[
    "spokeswoman",
    "congresswoman",
    "chairwoman",
    "businesswoman",
    "councilwoman",
    "assemblywoman",
    "anchorwoman",
    "woman",
    "mother",
    "daughter",
    "wife",
    "sister",
    "widow",
    "actress",
    "first lady",
];

/// Honorifics: written before a name, never part of it.
pub fn is_honorific(word: &str) -> bool {
    const HONORIFICS: [&str; 10] = [
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "madam",
    ];
    // Compared in place: this is asked of many words while a text is read.
    let word = word.trim_end_matches('.');
    HONORIFICS.iter().any(|h| h.eq_ignore_ascii_case(word))
}

/// The gender a word of a name or a title gives: "Mr." or "spokeswoman".
pub fn gender_of_word(word: &str) -> Option<Gender> {
    // Asked of every word of a mention. No word below is longer than `SHORT_WORD`.
    // The marks are ASCII: trimmed as bytes, the rest is still a `str`'s.
    let mut end = word.len();
    while end > 0 && matches!(word.as_bytes()[end - 1], b'.' | b',') {
        end -= 1;
    }
    let word = &word[..end];
    // Most words are names ("Trump"): an ASCII word whose first letter and length
    // no word of the lists has is none of them, told before it is lowered.
    if word.is_ascii() && !GENDERED.may_hold(word.as_bytes()) {
        return None;
    }
    with_short_lower(word, gender_of_lower)
}

/// The lengths (as bits) of the words of the lists of `gender_of_lower` by their
/// first letter: a word whose first letter, lowered, and length fit none is in none.
struct Gendered([u32; 26]);

static GENDERED: Gendered = {
    let mut lengths = [0u32; 26];
    let lists = [MALE_TITLES, FEMALE_TITLES, MALE_ROLES, FEMALE_ROLES];
    let mut l = 0;
    while l < lists.len() {
        let mut k = 0;
        while k < lists[l].len() {
            let word = lists[l][k].as_bytes();
            // Lower-case ASCII words of at most `SHORT_WORD` bytes, as a test checks.
            lengths[(word[0] - b'a') as usize] |= 1 << word.len();
            k += 1;
        }
        l += 1;
    }
    Gendered(lengths)
};

impl Gendered {
    /// False only if no word of the lists is `word` (ASCII) lowered.
    #[inline]
    fn may_hold(&self, word: &[u8]) -> bool {
        let Some(first) = word.first().map(u8::to_ascii_lowercase) else {
            return false;
        };
        first.is_ascii_lowercase()
            && word.len() < 32
            && self.0[usize::from(first - b'a')] & (1 << word.len()) != 0
    }
}

/// The longest word `with_short_lower` lowers on the stack.
pub(crate) const SHORT_WORD: usize = 16;

/// `find` of `word` in lower case, for a lookup among words of at most `SHORT_WORD`
/// bytes: a short ASCII word is lowered on the stack rather than copied, a longer
/// ASCII word is none of them, and any other is lowered as Unicode says.
pub(crate) fn with_short_lower<T>(word: &str, find: impl FnOnce(&str) -> Option<T>) -> Option<T> {
    if !word.is_ascii() {
        return find(&word.to_lowercase());
    }
    let mut room = [0u8; SHORT_WORD];
    ascii_lowered_in(word, &mut room).and_then(find)
}

/// `word` lowered into `room`, when it is ASCII and fits there: the lowering most
/// words need, done on the stack rather than in a new `String`.
pub(crate) fn ascii_lowered_in<'r>(word: &str, room: &'r mut [u8]) -> Option<&'r str> {
    if !word.is_ascii() || word.len() > room.len() {
        return None;
    }
    let lower = &mut room[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).ok()
}

/// `gender_of_word` of a word in lower case.
fn gender_of_lower(lower: &str) -> Option<Gender> {
    if MALE_TITLES.contains(&lower) || MALE_ROLES.contains(&lower) {
        Some(Gender::Male)
    } else if FEMALE_TITLES.contains(&lower) || FEMALE_ROLES.contains(&lower) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// Given names that English-language news gives nearly always to a man, or to a
/// woman, in lower case and split by spaces: what a first name tells of a person's
/// sex where no title does, so that "John Schlafly" is not taken for the "Mrs.
/// Schlafly" of the same report. Names borne by both (Chris, Pat, Jordan, Lindsey) are
/// in neither list.
const MALE_FIRST_NAMES: &str = "\
    aaron abraham adam adrian ahmed alan albert alec alejandro alexander alexei alfred \
    alfredo ali allen alvin amir andre andres andrew andy angelo anthony anton antonio \
    antony archie arnold arthur arturo ashton barack barry bart ben benjamin benny \
    bernard bernardo bernie bert beto bill billy bjorn blake bob bobby boris brad \
    bradley brandon brendan brent brett brian bruce bryan bryce byron caleb calvin carl \
    carlos carlton cecil cedric cesar chad charles chet christian christopher chuck clarence \
    clayton cliff clifford clint cody colin connor conor cornell cory craig curtis cyrus \
    damian damon dan daniel danny darius darrell darren darryl dave david declan \
    demetrius denis dennis derek derrick desmond devin dexter dick diego dimitri dmitri \
    dmitry dominic don donald donnie dorian doug douglas duane duncan dustin dwayne dwight \
    dylan earl ed eddie edgar edmund eduardo edward edwin ehud eli elias elijah elliot \
    elliott elmer elvis emil emilio emmanuel enrico enrique eric erik ernest ernesto \
    ernie errol ethan eugene evan everett ezra felipe felix fernando fidel floyd francis \
    francisco francois frank franklin franz fred frederick fredrick gabriel garrett gary \
    gavin george gerald gerard gerhard gilbert gino giovanni giuseppe glen glenn gonzalo \
    gordon graham greg gregory guillermo gus gustavo hal hamid hank hans harold harrison \
    harry harvey hassan hector heiko helmut henry herb herbert herman homer horace horst \
    howard hugh hugo humberto ian ignacio igor ike irving isaac isaiah ismail ivan jack \
    jacob jacques jake jamal james jared jason javier jay jeb jeff jeffery jeffrey jeh \
    jens jeremy jerome jerry jesus jim jimmy joaquin joe joel joey johan johannes john \
    johnny jon jonah jonathan jorge jose joseph josh joshua juan julian julio julius \
    justin kareem karl keir keith kelvin ken kenneth kenny kent kevin khalid kirill kurt \
    kwasi kyle lance larry lars lawrence leo leon leonard leonardo leroy les lester levi \
    liam lionel lloyd lorenzo lou louis lowell lucas luis luiz luke luther lyle lyndon \
    mahmoud malcolm manuel marc marcel marco marcus mario mark martin marvin mathew matt \
    matteo matthew maurice max maxwell melvin micah michael mickey miguel mike mikhail \
    miles milton mitch mitt mohamed mohammad mohammed mort moses moshe muhammad naftali \
    narendra nasser nate nathan neal ned neil newt nicholas nick nicolas nigel noah noel \
    norbert norman olaf oleg oleksandr oliver omar orlando oscar otto owen pablo pascal \
    patrick paul pedro pete peter petro phil philip philippe pierre preston quentin \
    quincy rafael rahm rainer ralph ramon ramzan rand randall randolph randy raul \
    ray raymond recep reggie reginald reince reuben rex ricardo richard rick ricky rishi rob \
    robbie robert roberto rod roderick rodney rodrigo roger roland rolf roman ron ronald \
    ronnie rory roy ruben rudolph rudy rufus rupert russell sadiq sajid sal salvador sammy \
    samuel santiago saul scott sean sebastian sergei sergey sergio seth shane shaun \
    shawn sheldon sherman shimon shinzo sigmar silvio simon sol solomon stan stanley \
    stefan steffen stephen sterling steve steven stewart stu stuart sven tad ted terrence thad \
    thaddeus theo theodore thomas tim timothy tobias toby todd tom tony trent trevor \
    troy tucker tyler tyrone ulrich uri vance vernon vic vicente victor viktor vince \
    vincent vitali vladimir volodymyr wally walt walter warren wayne wendell wes wesley \
    wilbur wilfred willard william willie winston wolfgang xavier yair yevgeny yitzhak \
    yuri yusuf zach zachary zack zane";
const FEMALE_FIRST_NAMES: &str = "\
    abby abigail adriana agnes aileen aisha alexandra alexandria alice alicia alison \
    allison alyssa amanda amber amelia amy ana angela angelina anita ann anna anne \
    annette annie antonia arlene audrey ava ayanna barbara bea beatrice becky belinda \
    bernadette bertha beth bethany betsy betty bev beverly bianca bonnie brandy brenda \
    brianna bridget brittany camila candace candice cara carla carly carmen carol carole \
    caroline carolyn cassandra catherine cathy cecilia celeste celia charlene charlotte \
    chelsea cheryl chloe christina christine cindy claire claudia colleen condoleezza \
    connie constance cora corinne crystal cynthia daisy danielle daphne darlene deb debbie \
    deborah debra deirdre delia denise diana diane dianne dolores donna dora doreen \
    doris dorothy dottie edith eileen elaine eleanor elena elisa elisabeth elise eliza \
    elizabeth ella ellen ellie eloise elsa elsie emily emma erica erin esther ethel \
    eugenia eva evelyn federica felicia fiona flo florence frances francesca gabriela \
    geraldine gina gladys gloria golda gretchen gwen gwendolyn hailey hannah harriet \
    heather heidi helen helena henrietta hillary huma ida ilhan imelda inez ingrid irene \
    irma isabel isabella ivana ivanka jacinda jacqueline jane janet janice jasmine \
    jeanette jeanne jenna jennifer jenny jessica jill joan joann joanna joanne jocelyn \
    jodi josephine joyce juanita judith judy julia julianne julie justine kamala kara \
    karen karin karla kate katharine katherine kathleen kathryn kathy katie katrina \
    kay kayla keisha kellyanne kelsey kendra kerri kimberly kirsten krista kristen kristi \
    kristin kristina kylie kyrsten lacey lana laura lauren laurie leah leila lena \
    lillian lily linda lisa liz lois lorena loretta lori lorraine louise lucia lucille \
    lucy lydia mabel madeleine maggie malia mandy marcia margaret margarita margo \
    margrethe marguerite maria marian mariana marianne marie marilyn marina marisa \
    marjorie marlene marsha martha mary maureen maxine maya meg megan melania melanie \
    melinda melissa mercedes meredith mia michele michelle mildred mindy miranda miriam \
    molly mona monica monique muriel myra nadia nancy naomi natalia natalie natasha nell \
    nellie nicole nikki nina noelle nora norma olena olga olivia oprah paige pam pamela \
    patricia patsy patti patty paula pauline pearl peg peggy penelope penny phoebe phyllis polly \
    priscilla rachael rachel ramona rashida rebecca regina renee rhonda rita roberta \
    robyn rochelle rosa rosalind rosalyn rose rosemary roxanne ruth sabrina sally \
    samantha sandra sara sarah selena serena sharon shawna sheila shelley sherry sheryl \
    shirley silvia simone sofia sonia sonya sophia sophie stacey stacy stella stephanie \
    sue susan susanna susie suzanne svetlana sylvia tamara tammy tanya tara tatiana \
    teresa teri terri tess thelma theresa tiffany tina toni tonya tracey trisha tulsi \
    ursula val valeria valerie vanessa vera veronica vicki vickie victoria viola violet \
    viv vivian wanda wendy wilma yolanda yulia yvette yvonne zoe";

/// The sex a first name tells, folded as `PersonName::first` is ("john"), if it is one
/// of the lists.
pub fn gender_of_first_name(folded: &str) -> Option<Gender> {
    // Folded as the names they are compared with (`fold` drops doubled letters), once;
    // looked up by hash, as every capitalised word near a pronoun is asked.
    static FIRST_NAMES: std::sync::OnceLock<foldhash::HashMap<CompactString, Gender>> =
        std::sync::OnceLock::new();
    let names = FIRST_NAMES.get_or_init(|| {
        let of = |names: &'static str, sex| {
            names
                .split_whitespace()
                .map(move |n| (fold_compact(n), sex))
        };
        of(MALE_FIRST_NAMES, Gender::Male)
            .chain(of(FEMALE_FIRST_NAMES, Gender::Female))
            .collect::<foldhash::HashMap<_, _>>()
    });
    names.get(folded).copied()
}

/// The first gender any word of `phrase` gives ("Mrs. Clinton", "the spokeswoman").
pub fn gender_in(phrase: &str) -> Option<Gender> {
    phrase.split_whitespace().find_map(gender_of_word)
}

/// A person's name split as comparisons need it, folded.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PersonName {
    /// The first name; none for a surname alone ("Trump", "Mrs. Clinton").
    pub first: Option<CompactString>,
    pub surname: CompactString,
}

/// Whether a body's name stands for one the report it is read in tells of, and so is
/// that report's own: opened by a possessive pronoun ("her campaign", "his office"),
/// whose owner the report names, or a description with "the" and no name in it ("the
/// company", "the campaign"), which is whichever company the report is about. "The
/// White House", "the Sanders campaign" are names, the same in every report.
///
/// So is one person or body not named ("a source", "the man", "a senior official",
/// "campaign") or a share of those a report's poll asked ("half", "24 percent"): the
/// source of one report is not that of another. People not named in the plural
/// ("officials", "Democrats") are the same group in every report.
pub fn of_its_report(kind: crate::model::SpeakerKind, name: &str) -> bool {
    let owned_or_described = name.split_once(' ').is_some_and(|(first, rest)| {
        ["his", "her", "their", "its", "our", "my"]
            .iter()
            .any(|pronoun| first.eq_ignore_ascii_case(pronoun))
            || first.eq_ignore_ascii_case("the") && !rest.chars().any(char::is_uppercase)
    });
    // A capital past the first letter is a name's: "the Lopez campaign" is one body.
    // The speaker of what no one was found to say is one in the whole corpus.
    let named =
        name.chars().skip(1).any(char::is_uppercase) || name == crate::model::Speaker::UNKNOWN_NAME;
    owned_or_described
        || kind == crate::model::SpeakerKind::Unnamed && !named && !names_a_group(name)
}

/// Whether the name of people not named is a plural ("officials", "senior aides",
/// "people"), not one person or a share.
fn names_a_group(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or(name).to_lowercase();
    last.len() > 3 && last.ends_with('s') && !last.ends_with("ss") && !last.ends_with("us")
        || matches!(
            last.as_str(),
            "people" | "men" | "women" | "police" | "staff" | "public" | "children" | "media"
        )
}

/// Words after a surname that are not the surname: "Jr.", "III".
pub fn is_suffix(word: &str) -> bool {
    matches!(
        word.trim_end_matches(['.', ',']),
        "Jr" | "Sr" | "II" | "III" | "IV"
    )
}

/// Whether a word is "Jr." (or "Jr", "Jr.,"): a son named after his father, or a name
/// given in full.
pub fn is_junior(word: &str) -> bool {
    word.trim_end_matches(['.', ',']) == "Jr"
}

/// A name's words less honorifics and the suffixes after the surname: "Mr. Donald
/// Trump Jr." is "Donald Trump".
pub fn name_words<'a>(words: impl IntoIterator<Item = &'a str>) -> SmallVec<[&'a str; 8]> {
    // On the stack: a name has a few words.
    let mut words: SmallVec<[&str; 8]> = words.into_iter().filter(|w| !is_honorific(w)).collect();
    while words.last().is_some_and(|w| is_suffix(w)) {
        words.pop();
    }
    words
}

/// A surname's particle written with a capital ("De", "Von"), unless it is a first
/// name the lists know.
fn is_capitalised_particle(word: &str) -> bool {
    // Not "Van", "Le" nor "Da", which open first names ("Van Jones", "Le Yucheng") and
    // are Vietnamese middle names.
    const PARTICLES: [&str; 8] = ["De", "Di", "Von", "Der", "Del", "Della", "Dos", "Das"];
    PARTICLES.contains(&word) && gender_of_first_name(&fold_compact(word)).is_none()
}

/// Where a name's surname starts among its words (`name_words`), if it ends with a
/// capitalised word: "von der Leyen", "de Blasio": lower-case particles run into the
/// surname, as does a capitalised one just before it ("De Blasio", "Ursula Von der
/// Leyen") that is no first name ("Al Gore").
fn surname_start(words: &[&str]) -> Option<usize> {
    let last = *words.last()?;
    if !last.starts_with(char::is_uppercase) {
        return None;
    }
    let mut start = words.len() - 1;
    if start > 0 && is_capitalised_particle(words[start - 1]) {
        start -= 1;
    }
    while start > 0 && words[start - 1].starts_with(char::is_lowercase) {
        start -= 1;
    }
    Some(start)
}

/// "J." or "E": an initial, which neither names nor tells people apart.
fn is_initial(word: &str) -> bool {
    let mut letters = word.chars().filter(|c| *c != '.');
    letters.next().is_some_and(char::is_uppercase) && letters.next().is_none()
}

impl PersonName {
    /// Reads a display name ("Donald J. Trump", "Ursula von der Leyen", "Trump"):
    /// honorifics and initials are skipped, particles belong to the surname.
    pub fn of(name: &str) -> Option<PersonName> {
        Self::of_words(name.split_whitespace())
    }

    /// `of` of a name's words, as `split_whitespace` gives them: a caller that has
    /// split the name already need not join it to have it split again.
    pub fn of_words<'a>(words: impl IntoIterator<Item = &'a str>) -> Option<PersonName> {
        let words = name_words(words);
        let start = surname_start(&words)?;
        // Mostly one word, folded as it is.
        let surname = match &words[start..] {
            [one] => fold_compact(one),
            more => fold_compact(&more.join(" ")),
        };
        if surname.is_empty() {
            return None;
        }
        let first = words[..start]
            .iter()
            .find(|w| !is_initial(w))
            .map(|w| fold_compact(w))
            .filter(|f| !f.is_empty());
        Some(PersonName { first, surname })
    }

    /// The initials of the names between a display name's first name and its surname,
    /// in lower case: "hw" for "George H.W. Bush", "w" for "George W. Bush" or "George
    /// Walker Bush"; `None` for a name with none ("George Bush", "Bush").
    pub fn middle_initials(name: &str) -> Option<String> {
        let words = name_words(name.split_whitespace());
        let start = surname_start(&words)?;
        let first = words[..start].iter().position(|w| !is_initial(w))?;
        let initials: String = words[first + 1..start]
            .iter()
            .flat_map(|w| {
                // "H.W." is two initials; "Walker" one.
                let dotted = w.contains('.');
                w.chars()
                    .filter(char::is_ascii_alphabetic)
                    .enumerate()
                    .filter(move |&(k, c)| k == 0 || dotted && c.is_ascii_uppercase())
                    .map(|(_, c)| c.to_ascii_lowercase())
            })
            .collect();
        (!initials.is_empty()).then_some(initials)
    }

    /// The sex the first name tells, if it is one of the lists (`gender_of_first_name`).
    pub fn gender(&self) -> Option<Gender> {
        self.first.as_deref().and_then(gender_of_first_name)
    }

    /// Whether two names may be one person: the same surname, and never two different
    /// first names.
    pub fn agrees(&self, other: &PersonName) -> bool {
        self.surname == other.surname
            && match (&self.first, &other.first) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            }
    }
}

/// How full a name is, to show the fullest: its words, less honorifics.
pub fn fullness(name: &str) -> usize {
    name.split_whitespace().filter(|w| !is_honorific(w)).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_one_name_fold_together() {
        assert_eq!(fold("Zelenskyy"), fold("Zelensky"));
        assert_eq!(fold("  Ursula von der Leyen "), "ursula von der leyen");
        assert_eq!(fold("Éric Zemmour"), "éric zemour");
        assert_eq!(slug("Hillary Rodham Clinton"), "hillary-rodham-clinton");
        assert_eq!(
            slug("U.S. Department of Justice"),
            "us-department-of-justice"
        );
        // Words of marks alone leave no hyphen behind, first, inside or last.
        assert_eq!(slug("— Ana  &  Ruiz —"), "ana-ruiz");
        assert_eq!(slug("ÉMILE Zola"), "émile-zola");
        assert_eq!(slug(" - "), "");
        // An ASCII name is read byte by byte, as any other a character at a time.
        for name in [
            "",
            "  ",
            " Ana  Ruiz ",
            "— Ana  &  Ruiz —",
            "Zelenskyy",
            "U.S. Department of Justice",
            " - Ana -  & Ruiz\t\u{b}Lee\r\n",
            "aa  aA. a",
            "O'Neill-Smith 3rd",
            "\u{1c}Ed\u{1f}",
        ] {
            assert_eq!(fold(name), fold_chars(name), "{name:?}");
            assert_eq!(fold_compact(name), fold(name), "{name:?}");
            assert_eq!(slug(name), slug_chars(name), "{name:?}");
        }
    }

    #[test]
    fn a_name_has_a_first_name_and_a_surname() {
        let name = |n: &str| {
            PersonName::of(n).map(|p| (p.first.map(String::from), String::from(p.surname)))
        };
        let some = |f: &str, s: &str| Some((Some(f.to_owned()), s.to_owned()));
        assert_eq!(name("Donald J. Trump"), some("donald", "trump"));
        assert_eq!(
            name("Ursula von der Leyen"),
            some("ursula", "von der leyen")
        );
        assert_eq!(name("Martin Luther King Jr."), some("martin", "king"));
        assert_eq!(name("J. Edgar Hoover"), some("edgar", "hover"));
        assert_eq!(name("Mrs. Clinton"), Some((None, "clinton".to_owned())));
        assert_eq!(name("Trump"), Some((None, "trump".to_owned())));
        assert_eq!(name("the senator"), None);
    }

    #[test]
    fn middle_names_are_read_as_their_initials() {
        let middle = PersonName::middle_initials;
        assert_eq!(middle("George H.W. Bush").as_deref(), Some("hw"));
        assert_eq!(middle("George W. Bush").as_deref(), Some("w"));
        assert_eq!(middle("George Walker Bush").as_deref(), Some("w"));
        assert_eq!(middle("Hillary Rodham Clinton").as_deref(), Some("r"));
        assert_eq!(middle("George Bush"), None);
        assert_eq!(middle("Bush"), None);
        // An initial before the first name is none between it and the surname.
        assert_eq!(middle("J. Edgar Hoover"), None);
        assert_eq!(middle("Ursula von der Leyen"), None);
        assert_eq!(middle("Martin Luther King Jr.").as_deref(), Some("l"));
    }

    #[test]
    fn two_first_names_are_two_people() {
        let name = |n: &str| PersonName::of(n).unwrap();
        assert!(name("Hillary Clinton").agrees(&name("Hillary Rodham Clinton")));
        // A surname's particle, capitalised or not, is the surname's.
        assert!(name("De Blasio").agrees(&name("Bill de Blasio")));
        assert!(name("Jones").agrees(&name("Van Jones")));
        assert_eq!(name("De Blasio").first, None);
        assert!(name("Gore").agrees(&name("Al Gore")));
        assert!(name("Hillary Clinton").agrees(&name("Clinton")));
        assert!(!name("Hillary Clinton").agrees(&name("Bill Clinton")));
        assert!(!name("Loretta Lynch").agrees(&name("Stephen Lynch")));
        assert!(name("Volodymyr Zelenskyy").agrees(&name("Volodymyr Zelensky")));
    }

    #[test]
    fn honorifics_and_roles_say_the_sex() {
        // No word is longer than `gender_of_word` lowers on the stack, and each is
        // lower-case ASCII, as `GENDERED` reads them.
        let lists = [MALE_TITLES, FEMALE_TITLES, MALE_ROLES, FEMALE_ROLES];
        for word in lists.iter().flat_map(|l| l.iter()) {
            assert!(word.len() <= SHORT_WORD, "{word}");
            assert!(word.bytes().next().is_some_and(|b| b.is_ascii_lowercase()));
            assert!(word.bytes().all(|b| b.is_ascii_lowercase() || b == b' '));
        }
        assert_eq!(gender_of_word("Queen."), Some(Gender::Female));
        assert_eq!(gender_of_word("ma"), None);
        assert_eq!(gender_of_word(".,"), None);
        assert_eq!(gender_of_word("CONGRESSWOMAN,"), Some(Gender::Female));
        assert_eq!(gender_of_word("Mr."), Some(Gender::Male));
        assert_eq!(gender_of_word("\u{212A}ing"), Some(Gender::Male));
        assert_eq!(gender_in("Mrs. Clinton"), Some(Gender::Female));
        assert_eq!(gender_in("Mr. Trump"), Some(Gender::Male));
        assert_eq!(gender_in("the spokeswoman"), Some(Gender::Female));
        assert_eq!(gender_in("Rep. Gwen Moore"), None);
        assert_eq!(gender_in("Harry Truman"), None);
        assert_eq!(gender_in("the chairwoman"), Some(Gender::Female));
        assert!(!Gender::fits(Some(Gender::Male), Some(Gender::Female)));
        assert!(Gender::fits(None, Some(Gender::Female)));
        assert_eq!(fullness("Mr. Donald J. Trump"), 3);
    }

    #[test]
    fn a_first_name_of_the_lists_tells_a_persons_sex() {
        let first = |name: &str| PersonName::of(name).and_then(|p| p.first);
        let sex = |name: &str| first(name).and_then(|f| gender_of_first_name(&f));
        assert_eq!(sex("John Schlafly"), Some(Gender::Male));
        assert_eq!(sex("Phyllis Schlafly"), Some(Gender::Female));
        // Folded as names are: doubled letters dropped, marks and case ignored.
        assert_eq!(sex("PHILLIP Jones"), Some(Gender::Male));
        assert_eq!(sex("Matthew Jones"), Some(Gender::Male));
        assert_eq!(sex("Hillary Clinton"), Some(Gender::Female));
        // Short forms the news writes as the name.
        assert_eq!(sex("Ed Rendell"), Some(Gender::Male));
        assert_eq!(sex("Patti Davis"), Some(Gender::Female));
        // Names borne by men and women tell nothing; nor does an unknown name.
        assert_eq!(sex("Chris Jones"), None);
        assert_eq!(sex("Lindsey Graham"), None);
        assert_eq!(sex("Zorblat Jones"), None);
        // Lower-case ASCII, and no name in both lists.
        let female: Vec<&str> = FEMALE_FIRST_NAMES.split_whitespace().collect();
        for name in MALE_FIRST_NAMES
            .split_whitespace()
            .chain(female.iter().copied())
        {
            assert!(name.bytes().all(|b| b.is_ascii_lowercase()), "{name}");
        }
        for name in MALE_FIRST_NAMES.split_whitespace() {
            assert!(!female.contains(&name), "{name}");
        }
    }
}
