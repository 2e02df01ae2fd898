#!/usr/bin/env python3
"""Counts cue words in PolNeAR train and prints those that are usually cues.

    python3 tools/cue_words.py ../shared/eval/polnear/train.jsonl > src/ingest/cues.txt

For every word seen as (part of) a cue, counts how often it is a cue and how often it
occurs at all; keeps words that are cues at least MIN_RATIO of the time, MIN_COUNT times.
Only the resulting word list is committed, never the corpus.
"""
import json, re, sys
from collections import Counter

MIN_COUNT, MIN_RATIO = 4, 0.30
WORD = re.compile(r"[A-Za-z]+(?:['\u2019][a-z]+)?")
# Words that PolNeAR marks inside cues but that are not verbs of saying on their own.
NOT_SAYING = {"known", "expected", "found", "shows", "showed", "shown", "seemed", "seems",
    "appeared", "appears", "seem", "repeatedly", "publicly", "widely", "strongly", "openly",
    "formally", "officially", "initially", "privately", "reportedly", "consistently",
    "explicitly", "forcefully", "loudly", "evenly", "similarly", "enthusiastically",
    "jokingly", "squarely", "pointedly", "implicitly", "favorably", "originally", "sharply",
    "derisively", "length", "abc's", "re", "ve", "ll", "quick", "eager", "confident",
    "skeptical", "aware", "convinced", "reluctant", "outspoken", "supportive", "vocal",
    "wary", "glad", "inclined", "impressed", "devoted", "footage", "passion", "tribute",
    "measured", "cry", "desire", "inclination", "talks", "talk", "talking", "talked",
    "spoke", "agreed", "agrees", "pushed", "pushing", "passed", "signed", "voted", "decided",
    "deciding", "determining", "learned", "sees", "viewed", "laid", "lays", "ruled",
    "nominated", "named", "titled", "devoted", "restricting", "aim", "aiming", "opted",
    "pivoted", "weighed", "avoided", "balked", "sided", "distanced", "launching", "passed",
    "introducing", "negotiated", "ordered", "approved", "considering", "considered",
    "considers", "seeking", "sought", "seeks", "offered", "offering", "supported",
    "supporting", "backing", "backed", "opposed", "opposes", "oppose", "endorsed", "endorse",
    "endorsing", "endorses", "favored", "prefer", "preferred", "prefers", "focuses",
    "realized", "noticed", "regarded", "worry", "worried", "worries", "fearing", "wonder",
    "wondered", "wondering", "doubt", "doubts", "concern", "hope", "hopes", "hoped",
    "hoping", "believes", "believing", "thinks", "expect", "expecting", "imagined",
    "suspected", "remembered", "remembers", "recognized", "recognizing", "eager",
    "speculation", "assumption", "projected", "estimates", "estimated", "forecast"}
STOP = {"the", "a", "an", "of", "to", "in", "on", "for", "that", "and", "as", "is", "was",
        "be", "been", "has", "have", "had", "it", "by", "at", "with", "not", "his", "her",
        "their", "its", "he", "she", "they", "we", "i", "you", "this", "would", "will",
        "could", "can", "did", "do", "does", "are", "were", "were", "about", "from", "into",
        "up", "out", "also", "but", "or", "no", "so", "more", "than", "what", "who", "which"}

cue, seen = Counter(), Counter()
for line in open(sys.argv[1], encoding="utf-8"):
    doc = json.loads(line)
    for w in WORD.findall(doc["text"]):
        seen[w.lower()] += 1
    for att in doc["attributions"]:
        for frag in att["cue"] or []:
            for w in set(WORD.findall(frag["text"])):
                cue[w.lower()] += 1
for w, n in sorted(cue.items(), key=lambda x: -x[1]):
    if w in STOP or w in NOT_SAYING or n < MIN_COUNT:
        continue
    if n / max(1, seen[w]) >= MIN_RATIO:
        print(w)
