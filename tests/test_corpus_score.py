"""The shared scorer over the shared corpora and our blind sets, gated just under the measured figures.

Runs `../shared/eval/score.py` when it exists (skipped otherwise): the seed letter, the real
Dresden OCR-text letters, the dev corpus, and `tests/corpus/blind1` to `blind91` —
the blind rounds, development data once they were scored (docs/accuracy.md) — as text and digital
PDFs, and the scans of all (real OCR, several minutes; BESCHLUSSARCHIV_SCANS=0 leaves them out). Except
blind66, blind90 and blind91 (not read yet) and blind79-89 (read in their worst documents, gated at their blind figures),
these are letters we have read: the gates
catch regressions, they do not measure reading.
"""
from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
CORPUS = SHARED / "corpus"

BLIND = REPO / "tests" / "corpus"

# Measured on 2026-12-04, digital and text at 281e2a6, scans at bf5589c (blind39's at 281e2a6) (docs/accuracy.md,
# README; every set rescored since: digital and text at d369cca, scans at 75c4afc, in the README's seen table),
# digital / text / scans: seed 1.000 / 1.000 / 1.000 (a3b2796; 0.977 before), real 0.960, dev 1.000 (its scans and images 1.000);
# blind1 0.988 / 0.977 / 0.824, blind2 0.967 / 0.965 / 0.852, blind3 0.976 / 0.964 / 0.859, blind4 0.956 / 0.961 /
# 0.937, blind5 0.956 / 0.995 / 0.927, blind6 0.990 / 0.975 / 0.978, blind7 0.935 / 0.960 / 0.935, blind8 0.975 /
# 0.943 / 0.897, blind9 0.970 / 0.968 / 0.894, blind10 0.940 / 0.929 / 0.760, blind11 0.955 / 0.947 / 0.900, blind12
# 0.964 / 0.958 / 0.861, blind13 0.982 / 0.980 / 0.964, blind14 0.988 / 0.940 / 0.902, blind15 0.958 / 0.913 / 0.907,
# blind16 0.979 / 0.939 / 0.879, blind17 0.957 / 0.936 / 0.912, blind18 0.958 / 0.896 / 0.910, blind19 0.940 / 0.967 /
# 0.872, blind20 0.958 / 0.973 / 0.901, blind21 0.967 / 0.965 / 0.954, blind22 0.793 / 0.926 / 0.849, blind23 0.953 /
# 0.959 / 0.926, blind24 0.992 / 0.997 / 0.941, blind25 0.972 / 0.953 / 0.904, blind26 0.968 / 0.976 / 0.923, blind27
# 0.970 / 0.976 / 0.897, blind28 0.945 / 0.908 / 0.913, blind29 0.979 / 0.960 / 0.958, blind30 0.976 / 0.979 / 0.882,
# blind31 0.989 / 0.981 / 0.910, blind32 0.964 / 0.974 / 0.858, blind33 0.971 / 0.858 / 0.917, blind34 0.958 / 0.954 /
# 0.828, blind35 0.943 / 0.948 / 0.871, blind36 0.933 / 0.976 / 0.852, blind37 0.980 / 0.981 / 0.955, blind38 0.891 /
# 0.894 / 0.830, blind39 0.957 / 0.953 / 0.850 — all seen: each set's misses were read after its blind score;
# blind1-24 are the status model's training data; blind25-39, read since, are kept out of it (tests/corpus/UNREAD),
# their blind figures: blind25 0.896 / 0.883 / 0.863 (d2535b5), blind26 0.950 / 0.952 / 0.905 (9919b32), blind27 0.926
# / 0.904 / 0.754 (05a464f), blind28 0.896 / 0.789 / 0.823 (385a636), blind29 0.909 / 0.918 / 0.715 (8dbe876), blind30
# 0.968 / 0.825 / 0.735 (4a8eafa), blind31 0.834 / 0.901 / 0.706 (b80fcbe), blind32 0.957 / 0.969 / 0.853, blind33
# 0.968 / 0.846 / 0.915, blind34 0.907 / 0.891 / 0.822 (all three c065260), blind35 0.903 / 0.870 / 0.871 (86e5888),
# blind36 0.896 / 0.945 / 0.824 (5bb7673), blind37 0.958 / 0.897 / 0.803 (13f6a04), blind38 0.879 / 0.893 / 0.826
# (e39ce38), blind39 0.802 / 0.821 / 0.840 (bf5589c), blind40 0.836 / 0.863 / 0.795 (991635b), read since and gated
# at its seen figures (0.980 / 0.973 at d369cca, scans 0.867 at 75c4afc).
# blind41 0.840 / 0.823 / 0.904 (d369cca; text 0.854 at 75c4afc), read since and gated at its seen figures (0.975 /
# 0.960 / 0.910 at f3a9b76).
# blind42 0.896 / 0.902 / 0.797 (f3a9b76), read since and gated at its seen figures (0.946 / 0.952 at 1866eb8, scans
# 0.812 there; text 0.948 at 72d2b4b, one answer the retrained status model decides otherwise).
# blind43 0.864 / 0.812 / 0.773 (1866eb8), read since and gated at its seen figures (0.969 / 0.939 at cd4f193, scans
# 0.898 there).
# blind44 0.937 / 0.821 / 0.850 (cd4f193), read since and gated at its seen figures (0.975 / 0.921 at 3316baa, scans
# 0.946 at the commit after, with whole-word deduplication of lines read again).
# blind45 0.841 / 0.787 / 0.776 (c51273b), read since and gated at its seen figures (0.976 / 0.892 at 3316baa, scans
# 0.863 at the same commit).
# blind46 0.881 / 0.887 / 0.810 (3316baa), read since and gated at its seen figures (0.968 / 0.907 at eb9a540, scans
# 0.831 there).
# blind47 0.948 / 0.922 / 0.880 and blind48 0.919 / 0.890 / 0.861 (both eb9a540), blind49 0.939 / 0.952 / 0.785
# (f822713), blind50 0.942 / 0.892 / 0.788 (daa80f1), read since and gated at their seen figures (1260551: blind47
# 0.961 / 0.959 / 0.880, blind48 0.939 / 0.978 / 0.893, blind49 0.973 / 0.971 / 0.901, blind50 0.976 / 0.963 / 0.928).
# blind51 0.915 / 0.921 / 0.872 (72d2b4b), blind52 0.894 / 0.912 / 0.894 (1260551), blind53 0.879 / 0.952 / 0.800
# (0fcb025), read since and gated at their seen figures (c7c625a: blind51 0.971 / 0.962 / 0.943, blind52 0.974 / 0.971
# / 0.894, blind53 0.963 / 0.967 / 0.948).
# blind54 0.923 / 0.901 / 0.830 and blind55 0.851 / 0.871 / 0.879 (both c7c625a), blind56 0.891 / 0.886 / 0.840
# (510141c), read since and gated at their seen figures (5826504: blind54 0.968 / 0.957 / 0.962, blind55 0.978 / 0.958 /
# 0.961, blind56 0.963 / 0.959 / 0.953).
# blind57 0.965 / 0.923 / 0.914 and blind58 0.925 / 0.912 / 0.878 (5826504), read since and gated at their seen figures
# (bd31754: blind57 0.965 / 0.927 / 0.914, blind58 0.962 / 0.960 / 0.881).
# blind59 0.971 / 0.897 / 0.850 (e674375), read since and gated at its seen figures (4e32b5c: 0.971 / 0.957 / 0.869).
# blind60 0.971 / 0.981 / 0.814 (4e32b5c) and blind61 0.940 / 0.869 / 0.753 (5280093), read since and gated at their
# seen figures (bd31754: blind60 0.974 / 0.989 / 0.861, blind61 0.982 / 0.976 / 0.907).
# blind62 0.956 / 0.941 / 0.847 (9c00dbb) and blind63 0.966 / 0.928 / 0.881 (7eb8d33), read since and gated at their
# seen figures (blind62 0.997 / 0.991 / 0.964, blind63 0.998 / 0.991 / 0.980 at the reader after round 63's reading).
# blind64 0.922 / 0.937 / 0.854 (2e29118) and blind65 0.923 / 0.930 / 0.754 (1405577), read since and gated at their seen
# figures (163dd35: blind64 0.948 / 0.975 / 0.856, blind65 0.981 / 0.975 / 0.968).
# blind66, written while rounds 64 and 65 were read, not read yet, gated at its blind figures (163dd35: 0.961 / 0.924 / 0.888).
# blind67 0.895 / 0.915 / 0.773 (163dd35), read since and gated at its seen figures (6ec9169: 0.970 / 0.970 / 0.792).
# blind68 0.974 / 0.962 / 0.954 (6ec9169), written while round 67 was read; partly read since, gated at its seen figures
# (788de4b: 0.978 / 0.973 / 0.954).
# blind69 0.920 / 0.873 / 0.830 (6ec9169), read since and gated at its seen figures (2670cab: 0.975 / 0.979 / 0.872).
# blind70 0.974 / 0.918 / 0.823 (2670cab), written while round 69 was read; partly read since, gated at its seen figures
# (788de4b: 0.976 / 0.962 / 0.823).
# blind71 0.845 / 0.868 / 0.725 (67619bc), read since and gated at its seen figures (788de4b: 0.980 / 0.969 / 0.889).
# blind72 0.925 / 0.954 / 0.941 (788de4b), written while round 71 was read; read since, gated at its seen figures
# (bf4e25e: 0.964 / 0.968 / 0.980).
# blind73 0.966 / 0.936 / 0.914 (788de4b), written after the then last change; partly read since, gated at its seen
# figures (bf4e25e: 0.969 / 0.963 / 0.943).
# blind74 0.905 / 0.805 / 0.732 (d0153df), written after the then last change; read since, gated at its seen figures
# (bf4e25e: 0.965 / 0.977 / 0.953).
# blind75, written after the then last change to pipeline/ (bf4e25e), blind 0.956 / 0.887 / 0.913; read since, gated at
# its seen figures (0.982 / 0.985 / 0.984).
# blind76, written while round 75 was read, scored at the reader after that reading (9979b41) before anyone looked at
# it: 0.969 / 0.883 / 0.832; read since, gated at its seen figures (0.976 / 0.953 / 0.969).
# blind77, written while round 76 was read, scored at the reader after that reading (37ef831) before anyone looked at
# it: 0.934 / 0.936 / 0.848; read since, gated at its seen figures (0.974 / 0.973 / 0.946).
# blind78, written after the then last change to pipeline/ (baaf9c8), blind 0.963 / 0.952 / 0.873; read since, gated at
# its seen figures (0.982 / 0.970 / 0.980).
# blind79, written after the then last change to pipeline/ (1fce3db), blind 0.921 / 0.971 / 0.923, gated at those
# blind figures; its two worst documents read since (0.972 / 0.971 / 0.966 at 35b1374).
# blind80, written after the then last change to pipeline/ (9b1a095), blind 0.963 / 0.962 / 0.905, gated at those
# blind figures; its worst documents read since (b5081bb).
# blind81, written after the then last change to pipeline/ (b5081bb), blind 0.902 / 0.856 / 0.860, gated at those
# blind figures; its worst documents read since (fae7299).
# blind82, written after the then last change to pipeline/ (fae7299), blind 0.904 / 0.874 / 0.956, gated at those
# blind figures; its worst documents read since (2fa48cd: 0.969 / 0.961 / 0.969).
# blind83, written after the then last change to pipeline/ (2fa48cd), blind 0.940 / 0.939 / 0.942, gated at those
# blind figures; its worst documents read since (03edfca: 0.973 / 0.962).
# blind84, written after the then last change to pipeline/ (216446d, a faster read, every record the same), blind 0.927 /
# 0.965 / 0.816, gated at those blind figures; read since (03edfca: 0.976 / 0.972).
# blind85, written after the then last change to pipeline/ (c6a9fb2), blind 0.924 / 0.889 / 0.949, gated at those
# blind figures; its worst documents read since (03edfca: 0.967 / 0.964).
# blind86, written after the then last change to pipeline/ (03edfca), blind 0.945 / 0.919 / 0.843, gated at those
# blind figures; its worst scans read since (775efc4: scans 0.869).
# blind87, written after the then last change to pipeline/ (775efc4), blind 0.863 / 0.899 / 0.899, gated at those
# blind figures; its worst documents read since (8113ac3: 0.993 / 0.985).
# blind87's scans read since too (8113ac3: 0.974).
# blind88, written after the then last change to pipeline/ (8113ac3), blind 0.901 / 0.889 / 0.927, gated at those
# blind figures; its worst documents read since (5d64c57: 0.943 / 0.960).
# blind89, written after the then last change to pipeline/ (5d64c57), blind 0.928 / 0.865 / 0.898, gated at those
# blind figures; its worst documents read since (3f60ada: 0.961 / 0.973).
# blind90 and blind91, both written after the last change to pipeline/ (3f60ada), blind 0.961 / 0.950 / 0.894 and
# 0.982 / 0.917 / 0.863, gated at those blind figures; not read yet.
# blind60's scans 0.861 → 0.860 there: OCR rows of two columns on their own baselines (round 63) put one scan's
# department on the row of two noise glyphs; the same change gained 128 fields over all read sets' scans.
# The gates sit just under. On 2026-12-06 every gate was raised to just under the set's figure at bf4e25e where that was
# higher (the scans of ruled tables read with their rules erased took 806 misses off the scans of seed, dev and
# blind1-74); blind1's scans then 0.888 with a stamp's frame kept out of a table; 0.918 on 2026-12-07 with a district's
# o read twice ("V-C0o00011/22") mended (the gate 0.91).
CASES = [
    pytest.param(CORPUS / "seed", "txt", 0.99, id="seed-txt"),
    pytest.param(CORPUS / "seed", "digital.pdf", 0.99, id="seed-digital"),
    pytest.param(CORPUS / "real", "txt", 0.95, id="real-txt"),
    pytest.param(CORPUS / "dev", "digital.pdf,txt", 0.99, id="dev-txt-digital"),
    pytest.param(BLIND / "blind1", "digital.pdf", 0.98, id="blind1-digital"),
    pytest.param(BLIND / "blind1", "txt", 0.98, id="blind1-txt"),
    pytest.param(BLIND / "blind2", "digital.pdf", 0.97, id="blind2-digital"),
    pytest.param(BLIND / "blind2", "txt", 0.96, id="blind2-txt"),
    pytest.param(BLIND / "blind3", "digital.pdf", 0.97, id="blind3-digital"),
    pytest.param(BLIND / "blind3", "txt", 0.97, id="blind3-txt"),
    pytest.param(BLIND / "blind4", "digital.pdf", 0.98, id="blind4-digital"),
    pytest.param(BLIND / "blind4", "txt", 0.96, id="blind4-txt"),
    pytest.param(BLIND / "blind5", "digital.pdf", 0.95, id="blind5-digital"),
    pytest.param(BLIND / "blind5", "txt", 0.99, id="blind5-txt"),
    pytest.param(BLIND / "blind6", "digital.pdf", 0.98, id="blind6-digital"),
    pytest.param(BLIND / "blind6", "txt", 0.97, id="blind6-txt"),
    pytest.param(BLIND / "blind7", "digital.pdf", 0.97, id="blind7-digital"),
    pytest.param(BLIND / "blind7", "txt", 0.96, id="blind7-txt"),
    pytest.param(BLIND / "blind8", "digital.pdf", 0.98, id="blind8-digital"),
    pytest.param(BLIND / "blind8", "txt", 0.96, id="blind8-txt"),
    pytest.param(BLIND / "blind9", "digital.pdf", 0.96, id="blind9-digital"),
    pytest.param(BLIND / "blind9", "txt", 0.97, id="blind9-txt"),
    pytest.param(BLIND / "blind10", "digital.pdf", 0.95, id="blind10-digital"),
    pytest.param(BLIND / "blind10", "txt", 0.94, id="blind10-txt"),
    pytest.param(BLIND / "blind11", "digital.pdf", 0.95, id="blind11-digital"),
    pytest.param(BLIND / "blind11", "txt", 0.94, id="blind11-txt"),
    pytest.param(BLIND / "blind12", "digital.pdf", 0.96, id="blind12-digital"),
    pytest.param(BLIND / "blind12", "txt", 0.96, id="blind12-txt"),
    pytest.param(BLIND / "blind13", "digital.pdf", 0.98, id="blind13-digital"),
    pytest.param(BLIND / "blind13", "txt", 0.98, id="blind13-txt"),
    pytest.param(BLIND / "blind14", "digital.pdf", 0.98, id="blind14-digital"),
    pytest.param(BLIND / "blind14", "txt", 0.93, id="blind14-txt"),
    pytest.param(BLIND / "blind15", "digital.pdf", 0.96, id="blind15-digital"),
    pytest.param(BLIND / "blind15", "txt", 0.95, id="blind15-txt"),
    pytest.param(BLIND / "blind16", "digital.pdf", 0.98, id="blind16-digital"),
    pytest.param(BLIND / "blind16", "txt", 0.94, id="blind16-txt"),
    pytest.param(BLIND / "blind17", "digital.pdf", 0.97, id="blind17-digital"),
    pytest.param(BLIND / "blind17", "txt", 0.95, id="blind17-txt"),
    pytest.param(BLIND / "blind18", "digital.pdf", 0.96, id="blind18-digital"),
    pytest.param(BLIND / "blind18", "txt", 0.89, id="blind18-txt"),
    pytest.param(BLIND / "blind19", "digital.pdf", 0.94, id="blind19-digital"),
    pytest.param(BLIND / "blind19", "txt", 0.97, id="blind19-txt"),
    pytest.param(BLIND / "blind20", "digital.pdf", 0.96, id="blind20-digital"),
    pytest.param(BLIND / "blind20", "txt", 0.97, id="blind20-txt"),
    pytest.param(BLIND / "blind21", "digital.pdf", 0.97, id="blind21-digital"),
    pytest.param(BLIND / "blind21", "txt", 0.97, id="blind21-txt"),
    pytest.param(BLIND / "blind22", "digital.pdf", 0.79, id="blind22-digital"),
    pytest.param(BLIND / "blind22", "txt", 0.93, id="blind22-txt"),
    pytest.param(BLIND / "blind23", "digital.pdf", 0.95, id="blind23-digital"),
    pytest.param(BLIND / "blind23", "txt", 0.96, id="blind23-txt"),
    pytest.param(BLIND / "blind24", "digital.pdf", 0.98, id="blind24-digital"),
    pytest.param(BLIND / "blind24", "txt", 0.99, id="blind24-txt"),
    pytest.param(BLIND / "blind25", "digital.pdf", 0.97, id="blind25-digital"),
    pytest.param(BLIND / "blind25", "txt", 0.97, id="blind25-txt"),
    pytest.param(BLIND / "blind26", "digital.pdf", 0.97, id="blind26-digital"),
    pytest.param(BLIND / "blind26", "txt", 0.97, id="blind26-txt"),
    pytest.param(BLIND / "blind27", "digital.pdf", 0.97, id="blind27-digital"),
    pytest.param(BLIND / "blind27", "txt", 0.98, id="blind27-txt"),
    pytest.param(BLIND / "blind28", "digital.pdf", 0.95, id="blind28-digital"),
    pytest.param(BLIND / "blind28", "txt", 0.91, id="blind28-txt"),
    pytest.param(BLIND / "blind29", "digital.pdf", 0.97, id="blind29-digital"),
    pytest.param(BLIND / "blind29", "txt", 0.97, id="blind29-txt"),
    pytest.param(BLIND / "blind30", "digital.pdf", 0.97, id="blind30-digital"),
    pytest.param(BLIND / "blind30", "txt", 0.98, id="blind30-txt"),
    pytest.param(BLIND / "blind31", "digital.pdf", 0.98, id="blind31-digital"),
    pytest.param(BLIND / "blind31", "txt", 0.97, id="blind31-txt"),
    pytest.param(BLIND / "blind32", "digital.pdf", 0.96, id="blind32-digital"),
    pytest.param(BLIND / "blind32", "txt", 0.97, id="blind32-txt"),
    pytest.param(BLIND / "blind33", "digital.pdf", 0.97, id="blind33-digital"),
    pytest.param(BLIND / "blind33", "txt", 0.91, id="blind33-txt"),
    pytest.param(BLIND / "blind34", "digital.pdf", 0.97, id="blind34-digital"),
    pytest.param(BLIND / "blind34", "txt", 0.96, id="blind34-txt"),
    pytest.param(BLIND / "blind35", "digital.pdf", 0.97, id="blind35-digital"),
    pytest.param(BLIND / "blind35", "txt", 0.95, id="blind35-txt"),
    pytest.param(BLIND / "blind36", "digital.pdf", 0.93, id="blind36-digital"),
    pytest.param(BLIND / "blind36", "txt", 0.97, id="blind36-txt"),
    pytest.param(BLIND / "blind37", "digital.pdf", 0.98, id="blind37-digital"),
    pytest.param(BLIND / "blind37", "txt", 0.97, id="blind37-txt"),
    pytest.param(BLIND / "blind38", "digital.pdf", 0.92, id="blind38-digital"),
    pytest.param(BLIND / "blind38", "txt", 0.91, id="blind38-txt"),
    pytest.param(BLIND / "blind39", "digital.pdf", 0.96, id="blind39-digital"),
    pytest.param(BLIND / "blind39", "txt", 0.95, id="blind39-txt"),
    pytest.param(BLIND / "blind40", "digital.pdf", 0.98, id="blind40-digital"),
    pytest.param(BLIND / "blind40", "txt", 0.97, id="blind40-txt"),
    pytest.param(BLIND / "blind41", "digital.pdf", 0.98, id="blind41-digital"),
    pytest.param(BLIND / "blind41", "txt", 0.96, id="blind41-txt"),
    pytest.param(BLIND / "blind42", "digital.pdf", 0.95, id="blind42-digital"),
    pytest.param(BLIND / "blind42", "txt", 0.95, id="blind42-txt"),
    pytest.param(BLIND / "blind43", "digital.pdf", 0.97, id="blind43-digital"),
    pytest.param(BLIND / "blind43", "txt", 0.94, id="blind43-txt"),
    pytest.param(BLIND / "blind44", "digital.pdf", 0.97, id="blind44-digital"),
    pytest.param(BLIND / "blind44", "txt", 0.93, id="blind44-txt"),
    pytest.param(BLIND / "blind45", "digital.pdf", 0.97, id="blind45-digital"),
    pytest.param(BLIND / "blind45", "txt", 0.89, id="blind45-txt"),
    pytest.param(BLIND / "blind46", "digital.pdf", 0.96, id="blind46-digital"),
    pytest.param(BLIND / "blind46", "txt", 0.90, id="blind46-txt"),
    pytest.param(BLIND / "blind47", "digital.pdf", 0.96, id="blind47-digital"),
    pytest.param(BLIND / "blind47", "txt", 0.95, id="blind47-txt"),
    pytest.param(BLIND / "blind48", "digital.pdf", 0.94, id="blind48-digital"),
    pytest.param(BLIND / "blind48", "txt", 0.97, id="blind48-txt"),
    pytest.param(BLIND / "blind49", "digital.pdf", 0.97, id="blind49-digital"),
    pytest.param(BLIND / "blind49", "txt", 0.97, id="blind49-txt"),
    pytest.param(BLIND / "blind50", "digital.pdf", 0.97, id="blind50-digital"),
    pytest.param(BLIND / "blind50", "txt", 0.96, id="blind50-txt"),
    pytest.param(BLIND / "blind51", "digital.pdf", 0.97, id="blind51-digital"),
    pytest.param(BLIND / "blind51", "txt", 0.96, id="blind51-txt"),
    pytest.param(BLIND / "blind52", "digital.pdf", 0.97, id="blind52-digital"),
    pytest.param(BLIND / "blind52", "txt", 0.97, id="blind52-txt"),
    pytest.param(BLIND / "blind53", "digital.pdf", 0.97, id="blind53-digital"),
    pytest.param(BLIND / "blind53", "txt", 0.97, id="blind53-txt"),
    pytest.param(BLIND / "blind54", "digital.pdf", 0.97, id="blind54-digital"),
    pytest.param(BLIND / "blind54", "txt", 0.96, id="blind54-txt"),
    pytest.param(BLIND / "blind55", "digital.pdf", 0.97, id="blind55-digital"),
    pytest.param(BLIND / "blind55", "txt", 0.95, id="blind55-txt"),
    pytest.param(BLIND / "blind56", "digital.pdf", 0.96, id="blind56-digital"),
    pytest.param(BLIND / "blind56", "txt", 0.96, id="blind56-txt"),
    pytest.param(BLIND / "blind57", "digital.pdf", 0.96, id="blind57-digital"),
    pytest.param(BLIND / "blind57", "txt", 0.93, id="blind57-txt"),
    pytest.param(BLIND / "blind58", "digital.pdf", 0.96, id="blind58-digital"),
    pytest.param(BLIND / "blind58", "txt", 0.95, id="blind58-txt"),
    pytest.param(BLIND / "blind59", "digital.pdf", 0.97, id="blind59-digital"),
    pytest.param(BLIND / "blind59", "txt", 0.95, id="blind59-txt"),
    pytest.param(BLIND / "blind60", "digital.pdf", 0.97, id="blind60-digital"),
    pytest.param(BLIND / "blind60", "txt", 0.99, id="blind60-txt"),
    pytest.param(BLIND / "blind61", "digital.pdf", 0.98, id="blind61-digital"),
    pytest.param(BLIND / "blind61", "txt", 0.97, id="blind61-txt"),
    pytest.param(BLIND / "blind62", "digital.pdf", 0.99, id="blind62-digital"),
    pytest.param(BLIND / "blind62", "txt", 0.99, id="blind62-txt"),
    pytest.param(BLIND / "blind63", "digital.pdf", 0.99, id="blind63-digital"),
    pytest.param(BLIND / "blind63", "txt", 0.99, id="blind63-txt"),
    pytest.param(BLIND / "blind64", "digital.pdf", 0.94, id="blind64-digital"),
    pytest.param(BLIND / "blind64", "txt", 0.97, id="blind64-txt"),
    pytest.param(BLIND / "blind65", "digital.pdf", 0.98, id="blind65-digital"),
    pytest.param(BLIND / "blind65", "txt", 0.97, id="blind65-txt"),
    pytest.param(BLIND / "blind66", "digital.pdf", 0.96, id="blind66-digital"),
    pytest.param(BLIND / "blind66", "txt", 0.92, id="blind66-txt"),
    pytest.param(BLIND / "blind67", "digital.pdf", 0.97, id="blind67-digital"),
    pytest.param(BLIND / "blind67", "txt", 0.97, id="blind67-txt"),
    pytest.param(BLIND / "blind68", "digital.pdf", 0.97, id="blind68-digital"),
    pytest.param(BLIND / "blind68", "txt", 0.97, id="blind68-txt"),
    pytest.param(BLIND / "blind69", "digital.pdf", 0.97, id="blind69-digital"),
    pytest.param(BLIND / "blind69", "txt", 0.97, id="blind69-txt"),
    pytest.param(BLIND / "blind70", "digital.pdf", 0.97, id="blind70-digital"),
    pytest.param(BLIND / "blind70", "txt", 0.96, id="blind70-txt"),
    pytest.param(BLIND / "blind71", "digital.pdf", 0.97, id="blind71-digital"),
    pytest.param(BLIND / "blind71", "txt", 0.96, id="blind71-txt"),
    pytest.param(BLIND / "blind72", "digital.pdf", 0.96, id="blind72-digital"),
    pytest.param(BLIND / "blind72", "txt", 0.96, id="blind72-txt"),
    pytest.param(BLIND / "blind73", "digital.pdf", 0.96, id="blind73-digital"),
    pytest.param(BLIND / "blind73", "txt", 0.96, id="blind73-txt"),
    pytest.param(BLIND / "blind74", "digital.pdf", 0.96, id="blind74-digital"),
    pytest.param(BLIND / "blind74", "txt", 0.97, id="blind74-txt"),
    pytest.param(BLIND / "blind75", "digital.pdf", 0.98, id="blind75-digital"),
    pytest.param(BLIND / "blind75", "txt", 0.98, id="blind75-txt"),
    pytest.param(BLIND / "blind76", "digital.pdf", 0.97, id="blind76-digital"),
    # (0.953 -> 0.949 at c6a9fb2: two letters whose truth gives a division with its office, the reader the office)
    pytest.param(BLIND / "blind76", "txt", 0.94, id="blind76-txt"),
    pytest.param(BLIND / "blind77", "digital.pdf", 0.97, id="blind77-digital"),
    pytest.param(BLIND / "blind77", "txt", 0.97, id="blind77-txt"),
    pytest.param(BLIND / "blind78", "digital.pdf", 0.98, id="blind78-digital"),
    pytest.param(BLIND / "blind78", "txt", 0.96, id="blind78-txt"),
    pytest.param(BLIND / "blind79", "digital.pdf", 0.92, id="blind79-digital"),
    pytest.param(BLIND / "blind79", "txt", 0.97, id="blind79-txt"),
    pytest.param(BLIND / "blind80", "digital.pdf", 0.96, id="blind80-digital"),
    pytest.param(BLIND / "blind80", "txt", 0.96, id="blind80-txt"),
    pytest.param(BLIND / "blind81", "digital.pdf", 0.90, id="blind81-digital"),
    pytest.param(BLIND / "blind81", "txt", 0.85, id="blind81-txt"),
    pytest.param(BLIND / "blind82", "digital.pdf", 0.90, id="blind82-digital"),
    pytest.param(BLIND / "blind82", "txt", 0.87, id="blind82-txt"),
    pytest.param(BLIND / "blind83", "digital.pdf", 0.94, id="blind83-digital"),
    pytest.param(BLIND / "blind83", "txt", 0.93, id="blind83-txt"),
    pytest.param(BLIND / "blind84", "digital.pdf", 0.92, id="blind84-digital"),
    pytest.param(BLIND / "blind84", "txt", 0.96, id="blind84-txt"),
    pytest.param(BLIND / "blind85", "digital.pdf", 0.92, id="blind85-digital"),
    pytest.param(BLIND / "blind85", "txt", 0.88, id="blind85-txt"),
    pytest.param(BLIND / "blind86", "digital.pdf", 0.94, id="blind86-digital"),
    pytest.param(BLIND / "blind86", "txt", 0.91, id="blind86-txt"),
    pytest.param(BLIND / "blind87", "digital.pdf", 0.86, id="blind87-digital"),
    pytest.param(BLIND / "blind87", "txt", 0.89, id="blind87-txt"),
    pytest.param(BLIND / "blind88", "digital.pdf", 0.90, id="blind88-digital"),
    pytest.param(BLIND / "blind88", "txt", 0.88, id="blind88-txt"),
    pytest.param(BLIND / "blind89", "digital.pdf", 0.92, id="blind89-digital"),
    pytest.param(BLIND / "blind89", "txt", 0.86, id="blind89-txt"),
    pytest.param(BLIND / "blind90", "digital.pdf", 0.96, id="blind90-digital"),
    pytest.param(BLIND / "blind90", "txt", 0.94, id="blind90-txt"),
    pytest.param(BLIND / "blind91", "digital.pdf", 0.98, id="blind91-digital"),
    pytest.param(BLIND / "blind91", "txt", 0.91, id="blind91-txt"),
]
SCAN_CASES = [
    pytest.param(CORPUS / "seed", "scan.pdf", 0.99, id="seed-scan"),
    pytest.param(CORPUS / "dev", "scan.pdf,scan.png,scan.tif,scan.jpg", 0.99, id="dev-scans"),
    pytest.param(BLIND / "blind1", "scan.pdf", 0.91, id="blind1-scans"),
    pytest.param(BLIND / "blind2", "scan.pdf", 0.91, id="blind2-scans"),
    pytest.param(BLIND / "blind3", "scan.pdf", 0.93, id="blind3-scans"),
    pytest.param(BLIND / "blind4", "scan.pdf", 0.94, id="blind4-scans"),
    pytest.param(BLIND / "blind5", "scan.pdf", 0.92, id="blind5-scans"),
    pytest.param(BLIND / "blind6", "scan.pdf", 0.98, id="blind6-scans"),
    pytest.param(BLIND / "blind7", "scan.pdf", 0.92, id="blind7-scans"),
    pytest.param(BLIND / "blind8", "scan.pdf", 0.93, id="blind8-scans"),
    pytest.param(BLIND / "blind9", "scan.pdf", 0.88, id="blind9-scans"),
    pytest.param(BLIND / "blind10", "scan.pdf", 0.83, id="blind10-scans"),
    pytest.param(BLIND / "blind11", "scan.pdf", 0.90, id="blind11-scans"),
    pytest.param(BLIND / "blind12", "scan.pdf", 0.88, id="blind12-scans"),
    pytest.param(BLIND / "blind13", "scan.pdf", 0.96, id="blind13-scans"),
    pytest.param(BLIND / "blind14", "scan.pdf", 0.91, id="blind14-scans"),
    pytest.param(BLIND / "blind15", "scan.pdf", 0.91, id="blind15-scans"),
    pytest.param(BLIND / "blind16", "scan.pdf", 0.95, id="blind16-scans"),
    pytest.param(BLIND / "blind17", "scan.pdf", 0.90, id="blind17-scans"),
    pytest.param(BLIND / "blind18", "scan.pdf", 0.92, id="blind18-scans"),
    pytest.param(BLIND / "blind19", "scan.pdf", 0.90, id="blind19-scans"),
    pytest.param(BLIND / "blind20", "scan.pdf", 0.91, id="blind20-scans"),
    pytest.param(BLIND / "blind21", "scan.pdf", 0.95, id="blind21-scans"),
    pytest.param(BLIND / "blind22", "scan.pdf", 0.87, id="blind22-scans"),
    pytest.param(BLIND / "blind23", "scan.pdf", 0.93, id="blind23-scans"),
    pytest.param(BLIND / "blind24", "scan.pdf", 0.96, id="blind24-scans"),
    pytest.param(BLIND / "blind25", "scan.pdf", 0.93, id="blind25-scans"),
    pytest.param(BLIND / "blind26", "scan.pdf", 0.94, id="blind26-scans"),
    pytest.param(BLIND / "blind27", "scan.pdf", 0.95, id="blind27-scans"),
    pytest.param(BLIND / "blind28", "scan.pdf", 0.92, id="blind28-scans"),
    pytest.param(BLIND / "blind29", "scan.pdf", 0.96, id="blind29-scans"),
    pytest.param(BLIND / "blind30", "scan.pdf", 0.94, id="blind30-scans"),
    pytest.param(BLIND / "blind31", "scan.pdf", 0.96, id="blind31-scans"),
    pytest.param(BLIND / "blind32", "scan.pdf", 0.90, id="blind32-scans"),
    pytest.param(BLIND / "blind33", "scan.pdf", 0.93, id="blind33-scans"),
    pytest.param(BLIND / "blind34", "scan.pdf", 0.93, id="blind34-scans"),
    pytest.param(BLIND / "blind35", "scan.pdf", 0.92, id="blind35-scans"),
    pytest.param(BLIND / "blind36", "scan.pdf", 0.87, id="blind36-scans"),
    pytest.param(BLIND / "blind37", "scan.pdf", 0.96, id="blind37-scans"),
    pytest.param(BLIND / "blind38", "scan.pdf", 0.91, id="blind38-scans"),
    pytest.param(BLIND / "blind39", "scan.pdf", 0.91, id="blind39-scans"),
    pytest.param(BLIND / "blind40", "scan.pdf", 0.93, id="blind40-scans"),
    pytest.param(BLIND / "blind41", "scan.pdf", 0.94, id="blind41-scans"),
    pytest.param(BLIND / "blind42", "scan.pdf", 0.91, id="blind42-scans"),
    pytest.param(BLIND / "blind43", "scan.pdf", 0.90, id="blind43-scans"),
    pytest.param(BLIND / "blind44", "scan.pdf", 0.95, id="blind44-scans"),
    pytest.param(BLIND / "blind45", "scan.pdf", 0.93, id="blind45-scans"),
    pytest.param(BLIND / "blind46", "scan.pdf", 0.86, id="blind46-scans"),
    pytest.param(BLIND / "blind47", "scan.pdf", 0.92, id="blind47-scans"),
    pytest.param(BLIND / "blind48", "scan.pdf", 0.93, id="blind48-scans"),
    pytest.param(BLIND / "blind49", "scan.pdf", 0.90, id="blind49-scans"),
    pytest.param(BLIND / "blind50", "scan.pdf", 0.93, id="blind50-scans"),
    pytest.param(BLIND / "blind51", "scan.pdf", 0.96, id="blind51-scans"),
    pytest.param(BLIND / "blind52", "scan.pdf", 0.94, id="blind52-scans"),
    pytest.param(BLIND / "blind53", "scan.pdf", 0.95, id="blind53-scans"),
    pytest.param(BLIND / "blind54", "scan.pdf", 0.96, id="blind54-scans"),
    pytest.param(BLIND / "blind55", "scan.pdf", 0.96, id="blind55-scans"),
    pytest.param(BLIND / "blind56", "scan.pdf", 0.95, id="blind56-scans"),
    pytest.param(BLIND / "blind57", "scan.pdf", 0.94, id="blind57-scans"),
    pytest.param(BLIND / "blind58", "scan.pdf", 0.91, id="blind58-scans"),
    pytest.param(BLIND / "blind59", "scan.pdf", 0.91, id="blind59-scans"),
    pytest.param(BLIND / "blind60", "scan.pdf", 0.87, id="blind60-scans"),
    pytest.param(BLIND / "blind61", "scan.pdf", 0.95, id="blind61-scans"),
    pytest.param(BLIND / "blind62", "scan.pdf", 0.96, id="blind62-scans"),
    pytest.param(BLIND / "blind63", "scan.pdf", 0.98, id="blind63-scans"),
    pytest.param(BLIND / "blind64", "scan.pdf", 0.91, id="blind64-scans"),
    pytest.param(BLIND / "blind65", "scan.pdf", 0.96, id="blind65-scans"),
    pytest.param(BLIND / "blind66", "scan.pdf", 0.91, id="blind66-scans"),
    pytest.param(BLIND / "blind67", "scan.pdf", 0.79, id="blind67-scans"),
    pytest.param(BLIND / "blind68", "scan.pdf", 0.95, id="blind68-scans"),
    pytest.param(BLIND / "blind69", "scan.pdf", 0.89, id="blind69-scans"),
    pytest.param(BLIND / "blind70", "scan.pdf", 0.91, id="blind70-scans"),
    pytest.param(BLIND / "blind71", "scan.pdf", 0.96, id="blind71-scans"),
    pytest.param(BLIND / "blind72", "scan.pdf", 0.97, id="blind72-scans"),
    pytest.param(BLIND / "blind73", "scan.pdf", 0.94, id="blind73-scans"),
    pytest.param(BLIND / "blind74", "scan.pdf", 0.95, id="blind74-scans"),
    pytest.param(BLIND / "blind75", "scan.pdf", 0.98, id="blind75-scans"),
    pytest.param(BLIND / "blind76", "scan.pdf", 0.96, id="blind76-scans"),
    pytest.param(BLIND / "blind77", "scan.pdf", 0.94, id="blind77-scans"),
    pytest.param(BLIND / "blind78", "scan.pdf", 0.98, id="blind78-scans"),
    pytest.param(BLIND / "blind79", "scan.pdf", 0.92, id="blind79-scans"),
    pytest.param(BLIND / "blind80", "scan.pdf", 0.90, id="blind80-scans"),
    pytest.param(BLIND / "blind81", "scan.pdf", 0.85, id="blind81-scans"),
    pytest.param(BLIND / "blind82", "scan.pdf", 0.95, id="blind82-scans"),
    pytest.param(BLIND / "blind83", "scan.pdf", 0.94, id="blind83-scans"),
    pytest.param(BLIND / "blind84", "scan.pdf", 0.81, id="blind84-scans"),
    pytest.param(BLIND / "blind85", "scan.pdf", 0.94, id="blind85-scans"),
    pytest.param(BLIND / "blind86", "scan.pdf", 0.84, id="blind86-scans"),
    pytest.param(BLIND / "blind87", "scan.pdf", 0.89, id="blind87-scans"),
    pytest.param(BLIND / "blind88", "scan.pdf", 0.92, id="blind88-scans"),
    pytest.param(BLIND / "blind89", "scan.pdf", 0.89, id="blind89-scans"),
    pytest.param(BLIND / "blind90", "scan.pdf", 0.89, id="blind90-scans"),
    pytest.param(BLIND / "blind91", "scan.pdf", 0.86, id="blind91-scans"),
]

pytestmark = pytest.mark.skipif(not (SCORER.exists() and CORPUS.exists()), reason="../shared/corpus is not here")


def extract_command() -> str:
    script = Path(sys.executable).parent / "beschlussarchiv"
    return f"{shlex.quote(str(script))} extract --json"


def score(corpus: Path, variants: str, tmp_path: Path) -> dict:
    report = tmp_path / "report.json"
    proc = subprocess.run(
        [sys.executable, str(SCORER), str(corpus), "--cmd", extract_command(),
         "--variants", variants, "--report", str(report)],
        capture_output=True, text=True, timeout=1200)
    assert report.exists(), f"scorer wrote no report:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    return json.loads(report.read_text(encoding="utf-8"))


def explain(result: dict) -> str:
    lines = [f"accuracy {result['accuracy']:.3f} over {result['documents']} documents"]
    if result["failed_documents"]:
        lines.append(f"no record for: {', '.join(result['failed_documents'])}")
    lines += [f"  {field}: {acc:.3f}" for field, acc in sorted(result["fields"].items()) if acc < 1]
    lines += [f"  miss {m['document']} {m['field']}: expected {str(m['expected'])[:120]!r}, got {str(m['got'])[:120]!r}"
              for m in result["misses"][:40]]
    return "\n".join(lines)


@pytest.mark.parametrize("corpus, variants, minimum", CASES)
def test_corpus_score(corpus, variants, minimum, tmp_path):
    result = score(corpus, variants, tmp_path)
    assert result["accuracy"] >= minimum, explain(result)


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("BESCHLUSSARCHIV_SCANS") == "0", reason="BESCHLUSSARCHIV_SCANS=0")
@pytest.mark.parametrize("corpus, variants, minimum", SCAN_CASES)
def test_scan_score(corpus, variants, minimum, tmp_path):
    result = score(corpus, variants, tmp_path)
    assert result["accuracy"] >= minimum, explain(result)
