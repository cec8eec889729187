#!/usr/bin/env python3
"""Reference unconditional sampler for DiffusionBERT, in plain PyTorch, for side-by-side speed comparison.

It follows the official predict.py procedure: start from all [MASK], and at each of T/s steps run the
full network on every sequence, turn the x0 prediction into the posterior over x_{t-s} for the `mutual`
schedule, keep the top-k (k = 30; --topk 0 keeps all) and draw. Weights are random: the cost per step does not depend on
them. Usage: reference_sample.py [--vocab V] [--num 64] [--length 64] [--T 2048] [--step 16]; prints one
JSON line. (A copy shipped with DiffusionBERT Workbench; --topk 0 is its addition.)
"""
import argparse, json, resource, sys, time, os
import torch
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reference_train import BertMLM


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--vocab', type=int, default=8000); ap.add_argument('--layers', type=int, default=4)
    ap.add_argument('--hidden', type=int, default=256); ap.add_argument('--heads', type=int, default=4)
    ap.add_argument('--ffn', type=int, default=1024); ap.add_argument('--num', type=int, default=64)
    ap.add_argument('--length', type=int, default=64); ap.add_argument('--T', type=int, default=2048)
    ap.add_argument('--step', type=int, default=16); ap.add_argument('--topk', type=int, default=30)
    ap.add_argument('--threads', type=int, default=2); ap.add_argument('--seed', type=int, default=0)
    a = ap.parse_args()
    torch.set_num_threads(a.threads); torch.manual_seed(a.seed)
    V = a.vocab; M = V - 1
    model = BertMLM(V, a.hidden, a.layers, a.heads, a.ffn).eval()
    x = torch.full((a.num, a.length), M, dtype=torch.long)
    att = torch.ones_like(x)
    calls = 0
    t0 = time.perf_counter()
    with torch.no_grad():
        t = a.T
        while t > 0:
            tn = t - a.step
            pi = model(x, att).softmax(-1)                        # (N, L, V)
            keep = 1.0 - tn / a.T if tn > 0 else 1.0              # alpha at the target step
            A = pi * keep
            A[..., M] += 1 - keep                                 # q(x_tn | x0 = pi)
            stay = (1 - t / a.T) / (1 - tn / a.T) if t < a.T else 0.0   # keep_t / keep_tn
            masked = (x == M).unsqueeze(-1)
            lik = torch.where(masked, torch.full_like(A, 1 - stay), torch.zeros_like(A))
            lik[..., M] = torch.where(masked.squeeze(-1), 1.0, 0.0)
            lik.scatter_(-1, x.unsqueeze(-1), torch.where(masked, lik.gather(-1, x.unsqueeze(-1)), torch.ones_like(A[..., :1])))
            logit = torch.log(A + 1e-20) + torch.log(lik + 1e-20)
            if a.topk > 0:
                kv, ki = logit.topk(a.topk, -1)
                draw = torch.distributions.Categorical(logits=kv).sample()
                x = ki.gather(-1, draw.unsqueeze(-1)).squeeze(-1)
            else:  # --topk 0: no filter, as dbw's --top-k 0
                x = torch.distributions.Categorical(logits=logit).sample()
            calls += 1; t = tn
    dt = time.perf_counter() - t0
    print(json.dumps({'impl': 'reference-sampler', 'torch': torch.__version__, 'threads': a.threads, 'topk': a.topk,
                      'num': a.num, 'length': a.length, 'T': a.T, 'step': a.step, 'network_calls': calls,
                      'seconds': round(dt, 3), 'tokens_per_s': round(a.num * a.length / dt, 1),
                      'masks_left': int((x == M).sum()),
                      'peak_rss_mb': round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}))


if __name__ == '__main__':
    main()
