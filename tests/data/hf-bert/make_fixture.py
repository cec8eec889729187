#!/usr/bin/python3
"""Make (or check against) a tiny Hugging Face style BertForMaskedLM fixture.

Default action: write, next to this script,
  model/   config.json, vocab.txt, tokenizer_config.json,
           model.safetensors (tied decoder omitted, as transformers does),
           pytorch_model.bin (old-style checkpoint with position_ids, tied
           decoder copy, pooler and next-sentence head)
  legacy/  config.json, vocab.txt, pytorch_model.bin with TF-era
           LayerNorm.gamma / LayerNorm.beta names, no tokenizer_config.json
  expected.json  reference MLM logits for three inputs

--check DIR: load DIR/config.json + DIR/model.safetensors, run the same
forward on the inputs of expected.json and compare the logits
(prints {"max_abs_diff": x}; exit 0 iff x <= 1e-5).

Only needs Debian's python3 + python3-torch (torch 1.13). There is no
transformers or safetensors package here, so the architecture and the
safetensors format are written out by hand, following Hugging Face's
modeling_bert.py (post-LayerNorm BERT) and the safetensors spec.
"""

import argparse
import collections
import json
import math
import os
import struct
import sys

import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
TOLERANCE = 1e-5
SEED = 1234
QK_STD = 0.2   # see init_weights

# bert-base-uncased style: [PAD]=0, [unused0]=1, [UNK]=2, [CLS]=3, [SEP]=4,
# [MASK]=5 (in the real vocab these are 0, 1, 100, 101, 102, 103; here the
# ids are compact but the names are the same). Then lower-case words and
# "##" continuation pieces. "jumped" and "playing" are deliberately absent so
# that WordPiece has to split them ("jump" "##ed", "play" "##ing").
VOCAB = [
    "[PAD]", "[unused0]", "[UNK]", "[CLS]", "[SEP]", "[MASK]",
    "the", "cat", "sat", "on", "mat", "dog", "a", "ran", "in", "park",
    ".", ",", "it", "was", "happy", "and", "##s", "##ing", "play", "jump",
    "##ed", "big", "small", "red", "house", "tree", "bird", "sang", "he",
    "she", "they", "is", "are", "to", "of", "with", "under", "over",
    "quick", "brown", "fox", "lazy", "!", "?", "an", "at", "run", "sit",
    "sun", "day", "good", "very", "##ly", "green",
]

CONFIG = collections.OrderedDict([
    ("architectures", ["BertForMaskedLM"]),
    ("attention_probs_dropout_prob", 0.1),
    ("hidden_act", "gelu"),
    ("hidden_dropout_prob", 0.1),
    ("hidden_size", 32),
    ("initializer_range", 0.02),
    ("intermediate_size", 64),
    ("layer_norm_eps", 1e-12),
    ("max_position_embeddings", 40),
    ("model_type", "bert"),
    ("num_attention_heads", 4),
    ("num_hidden_layers", 2),
    ("pad_token_id", 0),
    ("position_embedding_type", "absolute"),
    ("torch_dtype", "float32"),
    ("transformers_version", "4.40.0"),
    ("type_vocab_size", 2),
    ("vocab_size", len(VOCAB)),
])

TOKENIZER_CONFIG = collections.OrderedDict([
    ("do_lower_case", True),
    ("model_max_length", 40),
    ("tokenizer_class", "BertTokenizer"),
])

# Inputs: "text" is what a BertTokenizer(do_lower_case=True) would turn into
# "tokens"; "ids" are written by hand and asserted against the vocab so an
# edit of VOCAB cannot silently change them.
INPUTS = [
    ("the cat [MASK] on the mat.",
     ["[CLS]", "the", "cat", "[MASK]", "on", "the", "mat", ".", "[SEP]"],
     [3, 6, 7, 5, 9, 6, 10, 16, 4]),
    ("the quick brown fox jumped over the lazy dog.",
     ["[CLS]", "the", "quick", "brown", "fox", "jump", "##ed", "over",
      "the", "lazy", "dog", ".", "[SEP]"],
     [3, 6, 44, 45, 46, 25, 26, 43, 6, 47, 11, 16, 4]),
    ("she [MASK] in the park and it was [MASK].",
     ["[CLS]", "she", "[MASK]", "in", "the", "park", "and", "it", "was",
      "[MASK]", ".", "[SEP]"],
     [3, 35, 5, 14, 6, 15, 21, 18, 19, 5, 16, 4]),
]

# Per-layer Linear blocks (name, out size, in size), in modeling_bert order.
LAYER_LINEARS = [
    ("attention.self.query", "h", "h"),
    ("attention.self.key", "h", "h"),
    ("attention.self.value", "h", "h"),
    ("attention.output.dense", "h", "h"),
    ("intermediate.dense", "i", "h"),   # (out=intermediate, in=hidden)
    ("output.dense", "h", "i"),
]
LAYER_NORMS = ["attention.output.LayerNorm", "output.LayerNorm"]


def make_vocab():
    """Return the vocab as a list (id = index), checked for duplicates/case."""
    assert len(set(VOCAB)) == len(VOCAB), "duplicate vocab entry"
    for tok in VOCAB:
        if not tok.startswith("["):
            assert tok == tok.lower(), tok
    for _, toks, ids in INPUTS:
        assert [VOCAB.index(t) for t in toks] == ids, (toks, ids)
    return list(VOCAB)


def init_weights(config):
    """Random weights for BertForMaskedLM (+ pooler/NSP head for the .bin).

    Returns an OrderedDict name -> float32 tensor using transformers' names.
    Biases and LayerNorm parameters are random too (not 0/1 as in a fresh
    HF model), so that a swapped or dropped tensor shows up in the logits.
    """
    torch.manual_seed(SEED)
    h = config["hidden_size"]
    sizes = {"h": h, "i": config["intermediate_size"]}
    w = collections.OrderedDict()

    def normal(*shape, std=0.02, mean=0.0):
        return (torch.randn(*shape, dtype=torch.float32) * std + mean)

    def linear(name, out_f, in_f, std=0.02):
        w[name + ".weight"] = normal(out_f, in_f, std=std)  # (out, in)
        w[name + ".bias"] = normal(out_f, std=std)

    def layer_norm(name):
        w[name + ".weight"] = normal(h, std=0.1, mean=1.0)
        w[name + ".bias"] = normal(h)

    word = normal(config["vocab_size"], h)
    # HF's _init_weights zeroes the padding_idx row; mimic it.
    word[config["pad_token_id"]] = 0.0
    w["bert.embeddings.word_embeddings.weight"] = word
    w["bert.embeddings.position_embeddings.weight"] = normal(
        config["max_position_embeddings"], h)
    w["bert.embeddings.token_type_embeddings.weight"] = normal(
        config["type_vocab_size"], h)
    layer_norm("bert.embeddings.LayerNorm")
    for i in range(config["num_hidden_layers"]):
        p = "bert.encoder.layer.%d." % i
        for name, out_k, in_k in LAYER_LINEARS:
            # With std 0.02 everywhere, attention is almost uniform and a
            # transposed or swapped query/key (or a wrong query bias) moves
            # the logits by only ~1e-5, i.e. about the check tolerance.
            # Larger query/key weights make attention peaked so such
            # mapping errors show up clearly (>= 1e-3).
            std = QK_STD if name in ("attention.self.query",
                                     "attention.self.key") else 0.02
            linear(p + name, sizes[out_k], sizes[in_k], std=std)
        for name in LAYER_NORMS:
            layer_norm(p + name)
    linear("cls.predictions.transform.dense", h, h)
    layer_norm("cls.predictions.transform.LayerNorm")
    w["cls.predictions.bias"] = normal(config["vocab_size"])
    # Only in old pytorch_model.bin checkpoints; unused by the MLM forward.
    linear("bert.pooler.dense", h, h)
    linear("cls.seq_relationship", 2, h)
    return w


def mlm_tensors(weights):
    """The tensors transformers writes to model.safetensors for
    BertForMaskedLM: no pooler/NSP head (not part of that model) and no tied
    cls.predictions.decoder.{weight,bias} (shared with word embeddings /
    cls.predictions.bias, so safetensors keeps only one copy)."""
    skip = ("bert.pooler.", "cls.seq_relationship.", "cls.predictions.decoder.")
    return collections.OrderedDict(
        (k, v) for k, v in weights.items() if not k.startswith(skip))


def bin_state_dict(weights, config):
    """An old-style pytorch_model.bin state dict: MLM tensors + position_ids
    buffer + explicit tied decoder copies + pooler + NSP head."""
    sd = collections.OrderedDict()
    for k, v in weights.items():
        sd[k] = v.detach().clone()
    sd["bert.embeddings.position_ids"] = torch.arange(
        config["max_position_embeddings"], dtype=torch.int64).unsqueeze(0)
    sd["cls.predictions.decoder.weight"] = \
        weights["bert.embeddings.word_embeddings.weight"].detach().clone()
    sd["cls.predictions.decoder.bias"] = \
        weights["cls.predictions.bias"].detach().clone()
    return collections.OrderedDict(sorted(sd.items()))


def legacy_names(sd):
    """TF-converted checkpoints named LayerNorm parameters gamma/beta."""
    out = collections.OrderedDict()
    for k, v in sd.items():
        if ".LayerNorm." in k:
            k = k.replace(".LayerNorm.weight", ".LayerNorm.gamma")
            k = k.replace(".LayerNorm.bias", ".LayerNorm.beta")
        out[k] = v.detach().clone()
    return collections.OrderedDict(sorted(out.items()))


def forward(weights, config, ids, attention_mask=None):
    """Plain fp32 BertForMaskedLM forward (eval, no dropout) for one
    sequence; returns logits of shape (len(ids), vocab_size).

    Mirrors transformers' modeling_bert: post-LayerNorm blocks, additive
    mask (1 - mask) * -10000, exact erf GELU, decoder tied to the word
    embeddings unless an explicit cls.predictions.decoder.weight exists.
    """
    g = weights.__getitem__
    eps = float(config["layer_norm_eps"])
    h = config["hidden_size"]
    n_heads = config["num_attention_heads"]
    head_dim = h // n_heads
    assert config.get("hidden_act", "gelu") == "gelu"
    ids_t = torch.tensor(ids, dtype=torch.int64)
    n = len(ids)
    if attention_mask is None:
        attention_mask = [1] * n
    mask = torch.tensor(attention_mask, dtype=torch.float32)
    add_mask = (1.0 - mask) * -10000.0          # (n,) over key positions

    def ln(x, name):
        return F.layer_norm(x, (h,), g(name + ".weight"), g(name + ".bias"),
                            eps)

    def lin(x, name):
        return F.linear(x, g(name + ".weight"), g(name + ".bias"))

    x = (g("bert.embeddings.word_embeddings.weight")[ids_t]
         + g("bert.embeddings.position_embeddings.weight")[:n]
         + g("bert.embeddings.token_type_embeddings.weight")[
             torch.zeros(n, dtype=torch.int64)])
    x = ln(x, "bert.embeddings.LayerNorm")
    for i in range(config["num_hidden_layers"]):
        p = "bert.encoder.layer.%d." % i

        def heads(t):                           # (n, h) -> (heads, n, d)
            return t.view(n, n_heads, head_dim).transpose(0, 1)
        q = heads(lin(x, p + "attention.self.query"))
        k = heads(lin(x, p + "attention.self.key"))
        v = heads(lin(x, p + "attention.self.value"))
        scores = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(head_dim)
        probs = torch.softmax(scores + add_mask, dim=-1)
        ctx = torch.matmul(probs, v).transpose(0, 1).reshape(n, h)
        x = ln(lin(ctx, p + "attention.output.dense") + x,
               p + "attention.output.LayerNorm")
        inter = F.gelu(lin(x, p + "intermediate.dense"))
        x = ln(lin(inter, p + "output.dense") + x, p + "output.LayerNorm")
    t = F.gelu(lin(x, "cls.predictions.transform.dense"))
    t = ln(t, "cls.predictions.transform.LayerNorm")
    dec_w = weights.get("cls.predictions.decoder.weight",
                        g("bert.embeddings.word_embeddings.weight"))
    dec_b = weights.get("cls.predictions.decoder.bias",
                        g("cls.predictions.bias"))
    return F.linear(t, dec_w, dec_b)


# --- safetensors, by hand -------------------------------------------------
# Layout: u64 little-endian header length N, N bytes of JSON header
# (space-padded to a multiple of 8), then the raw little-endian tensor data;
# data_offsets are [begin, end) relative to the start of the data section.

_DTYPES = {
    torch.float32: "F32", torch.float16: "F16", torch.bfloat16: "BF16",
    torch.int64: "I64", torch.int32: "I32",
}
_TORCH_DTYPES = {v: k for k, v in _DTYPES.items()}


def _raw_bytes(t):
    t = t.detach().contiguous().cpu()
    return t.reshape(-1).view(torch.uint8).numpy().tobytes()


def write_safetensors(path, tensors, metadata=None):
    """Write tensors (name -> tensor) in name order so the bytes are stable."""
    assert sys.byteorder == "little"
    header = collections.OrderedDict()
    if metadata is not None:
        header["__metadata__"] = collections.OrderedDict(sorted(metadata.items()))
    blobs = []
    offset = 0
    for name in sorted(tensors):
        t = tensors[name]
        raw = _raw_bytes(t)
        header[name] = collections.OrderedDict([
            ("dtype", _DTYPES[t.dtype]),
            ("shape", list(t.shape)),
            ("data_offsets", [offset, offset + len(raw)]),
        ])
        blobs.append(raw)
        offset += len(raw)
    hjson = json.dumps(header, separators=(",", ":")).encode("utf-8")
    hjson += b" " * (-len(hjson) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(hjson)))
        f.write(hjson)
        for raw in blobs:
            f.write(raw)


def read_safetensors(path):
    """Return (OrderedDict name -> tensor, metadata dict)."""
    assert sys.byteorder == "little"
    with open(path, "rb") as f:
        data = f.read()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + n].decode("utf-8"))
    body = data[8 + n:]
    metadata = header.pop("__metadata__", {})
    out = collections.OrderedDict()
    for name in sorted(header):
        info = header[name]
        begin, end = info["data_offsets"]
        dtype = _TORCH_DTYPES[info["dtype"]]
        assert 0 <= begin <= end <= len(body), name
        t = torch.frombuffer(bytearray(body[begin:end]), dtype=dtype)
        out[name] = t.reshape(info["shape"]).clone()
    return out, metadata


# --- output helpers ----------------------------------------------------------

def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=2)
        f.write("\n")


def write_vocab(path, vocab):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for tok in vocab:
            f.write(tok + "\n")


def write_expected(path, inputs, config):
    """Readable but compact: one line per logits row. Floats via repr(),
    which round-trips the exact fp32 value (held in a Python double)."""
    lines = ["{"]
    lines.append('  "note": %s,' % json.dumps(
        "Made by make_fixture.py: torch.manual_seed(%d), random tiny "
        "BertForMaskedLM (weights N(0,0.02) except attention query/key "
        "N(0,%g); LayerNorm weight 1+N(0,0.1), biases random) "
        "in Hugging Face layout; logits from a plain fp32 "
        "PyTorch forward (post-LN BERT, erf GELU, tied decoder, "
        "token_type 0, all positions attended, eval/no dropout). "
        "Rows: one per position, vocab_size floats each." % (SEED, QK_STD)))
    sizes = collections.OrderedDict(
        (k, config[k]) for k in ("vocab_size", "hidden_size",
                                 "num_hidden_layers", "num_attention_heads",
                                 "intermediate_size",
                                 "max_position_embeddings",
                                 "type_vocab_size", "layer_norm_eps"))
    lines.append('  "config": %s,' % json.dumps(sizes))
    lines.append('  "inputs": [')
    for j, item in enumerate(inputs):
        lines.append("    {")
        lines.append('      "text": %s,' % json.dumps(item["text"]))
        lines.append('      "tokens": %s,' % json.dumps(item["tokens"]))
        lines.append('      "ids": %s,' % json.dumps(item["ids"]))
        lines.append('      "logits": [')
        rows = item["logits"]
        for r, row in enumerate(rows):
            lines.append("        [" + ", ".join(repr(float(v)) for v in row)
                         + "]" + ("," if r + 1 < len(rows) else ""))
        lines.append("      ]")
        lines.append("    }" + ("," if j + 1 < len(inputs) else ""))
    lines.append("  ]")
    lines.append("}")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def make_fixture(out_dir):
    vocab = make_vocab()
    config = dict(CONFIG)
    weights = init_weights(config)
    mlm = mlm_tensors(weights)
    model_dir = os.path.join(out_dir, "model")
    legacy_dir = os.path.join(out_dir, "legacy")
    for d in (model_dir, legacy_dir):
        os.makedirs(d, exist_ok=True)

    for d in (model_dir, legacy_dir):
        write_json(os.path.join(d, "config.json"), CONFIG)
        write_vocab(os.path.join(d, "vocab.txt"), vocab)
    write_json(os.path.join(model_dir, "tokenizer_config.json"),
               TOKENIZER_CONFIG)
    write_safetensors(os.path.join(model_dir, "model.safetensors"), mlm,
                      {"format": "pt"})
    sd = bin_state_dict(weights, config)
    torch.save(sd, os.path.join(model_dir, "pytorch_model.bin"))
    torch.save(legacy_names(sd), os.path.join(legacy_dir, "pytorch_model.bin"))

    inputs = []
    with torch.no_grad():
        for text, toks, ids in INPUTS:
            logits = forward(mlm, config, ids)
            inputs.append({"text": text, "tokens": toks, "ids": ids,
                           "logits": logits.tolist()})
    write_expected(os.path.join(out_dir, "expected.json"), inputs, config)


def check(model_dir, expected_path):
    """Compare DIR's model (config.json + model.safetensors) with
    expected.json. Returns the max absolute logit difference."""
    with open(os.path.join(model_dir, "config.json"), encoding="utf-8") as f:
        config = json.load(f)
    tensors, _ = read_safetensors(os.path.join(model_dir, "model.safetensors"))
    # An exporter may write F16/BF16; compare in fp32 regardless.
    weights = {k: (v.float() if v.is_floating_point() else v)
               for k, v in tensors.items()}
    with open(expected_path, encoding="utf-8") as f:
        expected = json.load(f)
    worst = 0.0
    with torch.no_grad():
        for item in expected["inputs"]:
            got = forward(weights, config, item["ids"])
            want = torch.tensor(item["logits"], dtype=torch.float32)
            if got.shape != want.shape:
                raise ValueError("logits shape %s != expected %s for %r"
                                 % (tuple(got.shape), tuple(want.shape),
                                    item["text"]))
            d = (got - want).abs().max().item()
            # NaN must fail, and max() would silently drop it.
            worst = d if (d != d or d > worst) else worst
            if worst != worst:
                break
    return worst


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", metavar="DIR",
                    help="compare DIR (config.json + model.safetensors) "
                         "against expected.json instead of writing")
    ap.add_argument("--expected", default=os.path.join(HERE, "expected.json"),
                    help="expected.json for --check (default: next to script)")
    ap.add_argument("--out", default=HERE,
                    help="output folder for the fixture (default: script dir)")
    args = ap.parse_args()
    # One thread: identical float results on every machine/run, and it is
    # tiny anyway.
    torch.set_num_threads(1)
    if args.check:
        try:
            diff = check(args.check, args.expected)
        except (OSError, KeyError, ValueError, RuntimeError) as e:
            print(json.dumps({"error": "%s: %s" % (type(e).__name__, e)}))
            return 1
        print(json.dumps({"max_abs_diff": diff}))
        return 0 if diff <= TOLERANCE else 1
    make_fixture(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
