#!/usr/bin/env python3
"""Reference training step for DiffusionBERT, in plain PyTorch, for side-by-side speed comparison.

It reproduces what the official Python code does per step (a Hugging Face style BERT masked-LM,
absorbing-state diffusion with the `mutual` schedule, one t per batch, D3PM hybrid loss with
lambda 0.01, AdamW, clip by value 5, batches right-padded to the batch's longest sentence), in one of
two loss implementations:
  --loss official : materialises [B, L, V] one-hot / posterior tensors as the official code does;
  --loss lean     : the same numbers from closed forms over gathered probabilities (what a careful
                    PyTorch user would write).
Usage: reference_train.py --corpus FILE --spm MODEL [--steps N] [--batch B] ... ; prints one JSON line.
With --batches FILE (JSON: one list of token-id lists per step, warm-up steps first, as `dbw bench
train` writes them) it trains on exactly those batches, so both sides see the same padding; the
sentences are then tokenised before the timed loop, as in dbw. Needs Debian's python3-torch and
python3-sentencepiece. (A copy shipped with DiffusionBERT Workbench; --batches is its addition.)
"""
import argparse, json, math, random, resource, sys, time
import torch, torch.nn as nn, torch.nn.functional as F
import sentencepiece as spm


class Layer(nn.Module):
    def __init__(s, d, h, f, p):
        super().__init__()
        s.h = h; s.q = nn.Linear(d, d); s.k = nn.Linear(d, d); s.v = nn.Linear(d, d)
        s.o = nn.Linear(d, d); s.ln1 = nn.LayerNorm(d, eps=1e-12)
        s.i = nn.Linear(d, f); s.out = nn.Linear(f, d); s.ln2 = nn.LayerNorm(d, eps=1e-12)
        s.drop = nn.Dropout(p)

    def forward(s, x, bias):  # x (B, L, D), bias (B, 1, 1, L)
        B, L, D = x.shape; hd = D // s.h
        q = s.q(x).view(B, L, s.h, hd).transpose(1, 2)
        k = s.k(x).view(B, L, s.h, hd).transpose(1, 2)
        v = s.v(x).view(B, L, s.h, hd).transpose(1, 2)
        a = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(hd) + bias
        a = s.drop(a.softmax(-1))
        c = torch.matmul(a, v).transpose(1, 2).reshape(B, L, D)
        x = s.ln1(x + s.drop(s.o(c)))
        return s.ln2(x + s.drop(s.out(F.gelu(s.i(x)))))


class BertMLM(nn.Module):
    def __init__(s, V, d, n, h, f, maxpos=512, p=0.1):
        super().__init__()
        s.wte = nn.Embedding(V, d); s.wpe = nn.Embedding(maxpos, d); s.tte = nn.Embedding(2, d)
        s.ln = nn.LayerNorm(d, eps=1e-12); s.drop = nn.Dropout(p)
        s.layers = nn.ModuleList([Layer(d, h, f, p) for _ in range(n)])
        s.tr = nn.Linear(d, d); s.tln = nn.LayerNorm(d, eps=1e-12)
        s.bias = nn.Parameter(torch.zeros(V))
        for m in s.modules():
            if isinstance(m, (nn.Linear, nn.Embedding)):
                m.weight.data.normal_(0, 0.02)
            if isinstance(m, nn.Linear):
                m.bias.data.zero_()

    def forward(s, ids, att):  # ids (B, L), att (B, L) 1 = attend
        B, L = ids.shape
        pos = torch.arange(L).unsqueeze(0)
        x = s.drop(s.ln(s.wte(ids) + s.wpe(pos) + s.tte(torch.zeros_like(ids))))
        bias = (1.0 - att[:, None, None, :].float()) * -10000.0
        for layer in s.layers:
            x = layer(x, bias)
        x = s.tln(F.gelu(s.tr(x)))
        return x @ s.wte.weight.t() + s.bias  # (B, L, V)


def keep_prob(k, T):  # mutual schedule: alpha_k = 1 - k/T, clipped like the official code
    return 1.0 if k == 0 else min(max(1.0 - k / T, 0.0), 0.999)


def loss_lean(logits, x0, xt, real, t, T, M, lam=0.01):
    logp = logits.log_softmax(-1)                      # (B, L, V)
    lp0 = logp.gather(-1, x0.unsqueeze(-1)).squeeze(-1)  # log pi[x0]
    pM = logp[..., M].exp()
    p0 = lp0.exp()
    masked = (xt == M) & real
    b = 1.0 / (T - t)                                    # beta of the transition t -> t+1
    if t == 0:
        Z = b * (1 - pM) + pM
        base = -torch.log(p0 * b / Z + 1e-20)
    else:
        keep = keep_prob(t, T)
        qx0 = keep * b / (keep * b + 1 - keep); qM = 1 - qx0
        Z = keep * b * (1 - pM) + 1 - keep + keep * pM
        px0 = keep * p0 * b / Z; pMM = (1 - keep + keep * pM) / Z
        base = (qx0 * (math.log(qx0 + 1e-20) - torch.log(px0 + 1e-20))
                + qM * (math.log(qM + 1e-20) - torch.log(pMM + 1e-20))).clamp_min(0)
    return (base * masked).sum() + lam * (-lp0 * real).sum()


def loss_official(logits, x0, xt, real, t, T, M, lam=0.01):
    V = logits.shape[-1]
    probs = logits.softmax(-1)                                   # (B, L, V)
    x0_onehot = F.one_hot(x0, V)                                 # int64 (B, L, V) as in the official code
    xt_onehot = F.one_hot(xt, V).float()
    b = 1.0 / (T - t)
    def q_given_x0(p, k):                                        # forward marginal applied to a distribution
        keep = keep_prob(k, T)
        out = p * keep
        out[..., M] += (1 - keep)
        return out
    def likelihood(xt_oh):                                       # q(x_{t+1} | x_t) as a function of x_t
        lik = xt_oh * (1 - b)
        lik[..., :] += (xt_oh[..., M:M + 1] * b)
        lik[..., M] = xt_oh[..., M]                                 # [MASK] stays [MASK]
        return lik
    lik = likelihood(xt_onehot)
    if t == 0:
        prior_q = x0_onehot.float(); prior_p = probs
    else:
        prior_q = q_given_x0(x0_onehot.float(), t); prior_p = q_given_x0(probs, t)
    q = prior_q * lik; q = q / q.sum(-1, keepdim=True)
    p = prior_p * lik; p = p / p.sum(-1, keepdim=True)
    if t == 0:
        base = -(torch.log(p + 1e-20) * x0_onehot).sum(-1)
    else:
        base = (q * (torch.log(q + 1e-20) - torch.log(p + 1e-20))).sum(-1).clamp_min(0)
    hybrid = -(torch.log(probs + 1e-20) * x0_onehot).sum(-1)
    return (base * real).sum() + lam * (hybrid * real).sum()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--corpus'); ap.add_argument('--spm', required=True); ap.add_argument('--batches')
    ap.add_argument('--layers', type=int, default=4); ap.add_argument('--hidden', type=int, default=256)
    ap.add_argument('--heads', type=int, default=4); ap.add_argument('--ffn', type=int, default=1024)
    ap.add_argument('--batch', type=int, default=32); ap.add_argument('--steps', type=int, default=20)
    ap.add_argument('--warmup', type=int, default=3); ap.add_argument('--T', type=int, default=2048)
    ap.add_argument('--maxlen', type=int, default=128); ap.add_argument('--threads', type=int, default=2)
    ap.add_argument('--loss', choices=['lean', 'official'], default='lean'); ap.add_argument('--seed', type=int, default=0)
    a = ap.parse_args()
    torch.set_num_threads(a.threads); torch.manual_seed(a.seed); rnd = random.Random(a.seed)
    sp = spm.SentencePieceProcessor(model_file=a.spm)
    V = sp.get_piece_size()
    M = sp.piece_to_id('[MASK]') if sp.piece_to_id('[MASK]') != sp.unk_id() else V
    if M == V:
        V += 1  # reserve an id for [MASK] when the tokenizer has none
    if a.batches:
        given = json.load(open(a.batches, encoding='utf-8'))
        if len(given) < a.warmup + a.steps:
            sys.exit('%s holds %d batches, %d needed' % (a.batches, len(given), a.warmup + a.steps))
    else:
        if not a.corpus:
            sys.exit('--corpus or --batches is needed')
        lines = [l.strip() for l in open(a.corpus, encoding='utf-8') if l.strip()]
    model = BertMLM(V, a.hidden, a.layers, a.heads, a.ffn); model.train()
    opt = torch.optim.AdamW(model.parameters(), lr=5e-4, weight_decay=0.01)
    lossfn = loss_lean if a.loss == 'lean' else loss_official
    tokens = 0; t_start = None
    for step in range(a.warmup + a.steps):
        if step == a.warmup:
            tokens = 0; t_start = time.perf_counter()
        seqs = given[step] if a.batches else [sp.encode(rnd.choice(lines))[:a.maxlen] for _ in range(a.batch)]
        B = len(seqs); L = max(len(s) for s in seqs)
        x0 = torch.zeros(B, L, dtype=torch.long); real = torch.zeros(B, L, dtype=torch.bool)
        for i, s in enumerate(seqs):
            x0[i, :len(s)] = torch.tensor(s); real[i, :len(s)] = True
        t = rnd.randrange(a.T)
        keep = keep_prob(t + 1, a.T)
        xt = torch.where((torch.rand(B, L) < keep) | ~real, x0, torch.full_like(x0, M))
        logits = model(xt, real.long())
        loss = lossfn(logits, x0, xt, real, t, a.T, M) / B
        opt.zero_grad(set_to_none=True); loss.backward()
        torch.nn.utils.clip_grad_value_(model.parameters(), 5.0); opt.step()
        tokens += int(real.sum())
    dt = time.perf_counter() - t_start
    print(json.dumps({'impl': 'reference-' + a.loss, 'torch': torch.__version__, 'threads': a.threads,
                      'vocab': V, 'layers': a.layers, 'hidden': a.hidden, 'batch': a.batch, 'steps': a.steps,
                      'seconds': round(dt, 3), 'tokens': tokens, 'tokens_per_s': round(tokens / dt, 1),
                      'batches': 'given' if a.batches else 'random',
                      'ms_per_step': round(1000 * dt / a.steps, 1), 'last_loss': round(float(loss), 4),
                      'peak_rss_mb': round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}))


if __name__ == '__main__':
    main()
