#!/usr/bin/python3
"""Reference values for our conditional-generation BLEU and MBR (issue 16), from nltk 3.8
(Debian's python3-nltk) - none of our code. Writes golden.json next to this script:
  pairs:  hypothesis, reference, nltk sentence_bleu([ref], hyp, SmoothingFunction().method4)
          (DiffuSeq's get_bleu) and with no smoothing
  corpus: nltk corpus_bleu over all pairs, one reference each, no smoothing
  mbr:    candidate sets and DiffuSeq's selectBest index (the candidate with the largest sum of
          get_bleu(candidate, other) over the others; the diagonal set to 0; argmax = first)
Deterministic: a fixed seed and a small vocabulary so that n-grams repeat."""

import json
import os
import random
import warnings

from nltk.translate.bleu_score import SmoothingFunction, corpus_bleu, sentence_bleu

warnings.filterwarnings("ignore")  # nltk warns about zero counts, which are the point here
random.seed(16)
WORDS = "the cat sat on a mat dog ran in park and it was".split()


def sentence(length):
    return [random.choice(WORDS) for _ in range(length)]


def get_bleu(hypothesis, reference):
    return sentence_bleu([reference], hypothesis, smoothing_function=SmoothingFunction().method4)


def select_best(candidates):
    scores = [[get_bleu(a, b) for b in candidates] for a in candidates]
    for i in range(len(candidates)):
        scores[i][i] = 0
    sums = [sum(row) for row in scores]
    return max(range(len(candidates)), key=lambda i: (sums[i], -i))


pairs = []
for length in [1, 1, 2, 2, 3, 3, 4, 5, 6, 8, 10, 12, 12, 15]:
    reference = sentence(random.randint(1, 14))
    hypothesis = sentence(length)
    if random.random() < 0.5:  # a near copy, so that higher orders match too
        hypothesis = reference[:length] + sentence(max(0, length - len(reference)))
    pairs.append({"hypothesis": hypothesis, "reference": reference,
                  "smoothed": get_bleu(hypothesis, reference),
                  "plain": sentence_bleu([reference], hypothesis)})
corpus = corpus_bleu([[p["reference"]] for p in pairs], [p["hypothesis"] for p in pairs])
mbr = []
for size in [2, 3, 5, 8]:
    base = sentence(8)
    candidates = [base[:random.randint(3, 8)] + sentence(random.randint(0, 3)) for _ in range(size)]
    mbr.append({"candidates": candidates, "best": select_best(candidates)})
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "golden.json")
with open(out, "w") as f:
    json.dump({"note": "made by make_golden.py with nltk 3.8", "pairs": pairs, "corpus_bleu": corpus, "mbr": mbr}, f,
              indent=1, sort_keys=True)
    f.write("\n")
print(out)
