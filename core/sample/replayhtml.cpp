#include "sample/replayhtml.h"

#include "sample/trajectory.h"

#include "util/strings.h"

#include <nlohmann/json.hpp>

namespace dbw {
namespace {

using nlohmann::json;

std::string escapeHtml(const std::string &text) {
    std::string out;
    for (const char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

// What the page needs, compactly: per cell its surface, reveal step, confidence, the top
// alternatives when it was revealed, and the changes of the top-1 guess while it was masked.
json replayData(const Trajectory &trajectory, const std::string &title) {
    json steps = json::array();
    for (int k = 1; k <= trajectory.steps(); ++k) {
        const Trajectory::Step &step = trajectory.step(k);
        steps.push_back({step.t, step.alpha, step.revealed, step.masksLeft, step.networkRuns});
    }
    json guessSurfaces = json::object();
    json samples = json::array();
    for (int s = 0; s < trajectory.sampleCount(); ++s) {
        json surfaces = json::array(), reveal = json::array(), confidence = json::array(),
             alternatives = json::array(), guesses = json::array(), fixed = json::array();
        for (int p = 0; p < trajectory.length(s); ++p) {
            surfaces.push_back(trajectory.surface(s, p));
            fixed.push_back(trajectory.isFixed(s, p) ? 1 : 0);
            const int revealStep = trajectory.revealStep(s, p);
            reveal.push_back(revealStep);
            confidence.push_back(trajectory.confidence(s, p));
            json atReveal = json::array();
            if (const auto top = trajectory.alternatives(s, p, revealStep))
                for (int a = 0; a < top.count; ++a) {
                    atReveal.push_back({trajectory.pieceSurface(top.ids[a]), top.probabilities[a]});
                }
            alternatives.push_back(atReveal);
            json changes = json::array();
            int previous = -1;
            for (int k = 1; k < revealStep; ++k) {
                const auto top = trajectory.alternatives(s, p, k);
                if (top && top.step == k && top.ids[0] != previous) {
                    previous = top.ids[0];
                    guessSurfaces[std::to_string(previous)] = trajectory.pieceSurface(previous);
                    changes.push_back({k, previous});
                }
            }
            guesses.push_back(changes);
        }
        samples.push_back({{"surfaces", surfaces},
                           {"reveal", reveal},
                           {"confidence", confidence},
                           {"alternatives", alternatives},
                           {"guesses", guesses},
                           {"fixed", fixed}});
    }
    return {{"title", title},
            {"T", trajectory.diffusionSteps()},
            {"step_size", trajectory.stepSize()},
            {"sampler", json::parse(trajectory.samplerJson())},
            {"steps", steps},
            {"guess_surfaces", guessSurfaces},
            {"samples", samples}};
}

const char *const kPage = R"PAGE(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@TITLE@</title>
<style>
body { font: 14px/1.5 system-ui, sans-serif; margin: 16px; color: #222; background: #fff; }
h1 { font-size: 18px; margin: 0 0 4px; }
#controls { position: sticky; top: 0; background: #fff; padding: 6px 0; border-bottom: 1px solid #ddd; display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
#controls input[type=range] { flex: 1; min-width: 200px; }
#info { font-family: ui-monospace, monospace; margin: 6px 0; }
.row { font-family: ui-monospace, monospace; white-space: pre-wrap; margin: 6px 0; padding: 4px 6px; border-left: 3px solid #ccc; }
.t { border-radius: 3px; }
/* As in the window: every mask box has one width (it must not give the hidden token's length
   away); a guess box is as wide as its guess. The glyph stays in the text for copying. */
.m, .g { display: inline-block; min-width: 3ch; margin: 0 1px; text-align: center; line-height: 1.2; }
.m { width: 3ch; background: #c8c8c8; color: transparent; border-radius: 0; font-family: ui-monospace, monospace; }
.g { background: #e6e6e6; color: #888; font-style: italic; }
.old { color: #0b3c7d; }
.j { box-shadow: inset 1px 0 0 rgba(0, 0, 0, 0.18); }
.low { background: #d55e00; color: #fff; }
.mid { background: #e69f00; color: #000; }
.high { background: #009e73; color: #fff; }
.legend span { padding: 0 6px; margin-right: 6px; }
.legend span.m { padding: 0; }
.fx { background: #d6e6f5; color: #003f7a; }  /* fixed by the prompt, as in the window */  /* the legend's mask box is drawn like the others */
</style></head><body>
<h1>@TITLE@</h1>
<div class="legend">Revealed this step, by confidence:
<span class="t low">&lt; 0.3</span><span class="t mid">&lt; 0.7</span><span class="t high">&ge; 0.7</span>
earlier: <span class="t old">token</span> masked: <span class="t m">&#x2592;</span> fixed by the prompt: <span class="t fx">token</span></div>
<div id="controls">
<button id="first" title="First (Home)">First</button>
<button id="back" title="Step back (Left)">&#x25C0;</button>
<button id="play" title="Play / pause (Space)">Play</button>
<button id="forward" title="Step forward (Right)">&#x25B6;</button>
<button id="next" title="Next change (N)">Next change</button>
<button id="last" title="Last (End)">Last</button>
<input id="slider" type="range" min="0" value="0">
<label>Delay <select id="speed"><option value="1000">1 s</option><option value="300">0.3 s</option><option value="100" selected>0.1 s</option><option value="30">0.03 s</option></select></label>
<label><input id="guesses" type="checkbox"> x0 guesses under masks</label>
</div>
<div id="info"></div>
<div id="rows"></div>
<script id="data" type="application/json">@DATA@</script>
<script>
"use strict";
const data = JSON.parse(document.getElementById("data").textContent);
const steps = data.steps.length;
const rows = document.getElementById("rows");
const slider = document.getElementById("slider");
slider.max = steps;
let frame = 0, timer = null;
for (let s = 0; s < data.samples.length; ++s) {
  const div = document.createElement("div");
  div.className = "row"; div.id = "sample-" + s;
  rows.appendChild(div);
}
function escapeText(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
function confidenceClass(c) { return c < 0.3 ? "low" : c < 0.7 ? "mid" : "high"; }
function guessAt(changes, k) {
  let id = null;
  for (const [step, top] of changes) { if (step > k) break; id = top; }
  return id;
}
function tooltip(sample, p) {
  if (sample.fixed[p]) return "fixed by the prompt";
  const alternatives = sample.alternatives[p];
  const lines = ["revealed at step " + sample.reveal[p] + ", p = " + sample.confidence[p].toFixed(3)];
  for (const [surface, probability] of alternatives) lines.push(JSON.stringify(surface) + "  " + probability.toFixed(3));
  return escapeText(lines.join("\n"));
}
function render() {
  const showGuesses = document.getElementById("guesses").checked;
  for (let s = 0; s < data.samples.length; ++s) {
    const sample = data.samples[s];
    let html = "";
    for (let p = 0; p < sample.surfaces.length; ++p) {
      const reveal = sample.reveal[p];
      if (reveal <= frame) {
        // A piece that continues a revealed word is joined to it, as the decoded text reads, with
        // a faint line at the join.
        const joins = p > 0 && !/^\s/.test(sample.surfaces[p]) && sample.reveal[p - 1] <= frame;
        const cls = (sample.fixed[p] ? "fx" : reveal === frame ? confidenceClass(sample.confidence[p]) : "old") + (joins ? " j" : "");
        // The space before a word is not part of its coloured box (as in the window).
        const lead = /^\s*/.exec(sample.surfaces[p])[0];
        html += lead + '<span class="t ' + cls + '" title="' + tooltip(sample, p) + '">' +
                escapeText(sample.surfaces[p].slice(lead.length)) + "</span>";
      } else {
        // The space before a word that is still masked is kept, so the words keep their places.
        const space = /^\s/.test(sample.surfaces[p]) ? " " : "";
        const guess = showGuesses ? guessAt(sample.guesses[p], frame) : null;
        html += space + (guess === null ? '<span class="t m">&#x2592;</span>'
                                        : '<span class="t g">' + escapeText(data.guess_surfaces[guess].trim() || "\u2423") + "</span>");
      }
    }
    document.getElementById("sample-" + s).innerHTML = html;
  }
  slider.value = frame;
  // Masked at frame 0: every position but the ones a prompt fixed.
  const total = data.samples.reduce((n, sample) => n + sample.fixed.filter((f) => !f).length, 0);
  if (frame === 0) {
    document.getElementById("info").textContent = "frame 0 / " + steps + "   t = " + data.T + "   alpha = 0   masks left " + total;
  } else {
    const [t, alpha, revealed, masksLeft, runs] = data.steps[frame - 1];
    document.getElementById("info").textContent = "frame " + frame + " / " + steps + "   t = " + t + "   alpha = " +
      alpha.toFixed(4) + "   masks left " + masksLeft + "   revealed " + revealed + "   network ran for " + runs +
      " of " + data.samples.length + " samples";
  }
  document.title = data.title + " (" + frame + "/" + steps + ")";
}
function go(k) { frame = Math.max(0, Math.min(steps, k)); render(); }
function nextChange() {
  for (let k = frame + 1; k <= steps; ++k) if (data.steps[k - 1][2] > 0) return go(k);
  go(steps);
}
function stop() { if (timer) { clearInterval(timer); timer = null; } document.getElementById("play").textContent = "Play"; }
function play() {
  if (timer) return stop();
  if (frame === steps) go(0);
  document.getElementById("play").textContent = "Pause";
  timer = setInterval(() => { if (frame >= steps) stop(); else go(frame + 1); }, Number(document.getElementById("speed").value));
}
document.getElementById("first").onclick = () => { stop(); go(0); };
document.getElementById("back").onclick = () => { stop(); go(frame - 1); };
document.getElementById("forward").onclick = () => { stop(); go(frame + 1); };
document.getElementById("last").onclick = () => { stop(); go(steps); };
document.getElementById("next").onclick = () => { stop(); nextChange(); };
document.getElementById("play").onclick = play;
document.getElementById("speed").onchange = () => { if (timer) { stop(); play(); } };
document.getElementById("guesses").onchange = render;
slider.oninput = () => { stop(); go(Number(slider.value)); };
document.addEventListener("keydown", (event) => {
  const keys = { " ": play, ArrowLeft: () => go(frame - 1), ArrowRight: () => go(frame + 1), Home: () => go(0),
                 End: () => go(steps), n: nextChange };
  if (keys[event.key]) { event.preventDefault(); if (event.key !== " ") stop(); keys[event.key](); }
});
const hash = location.hash.slice(1);
if (hash === "last") go(steps);
else if (hash.startsWith("frame=")) go(Number(hash.slice(6)) || 0);
else go(0);
if (hash === "play") { document.getElementById("speed").value = "30"; play(); }
</script></body></html>
)PAGE";

}  // namespace

std::string replayHtml(const Trajectory &trajectory, const std::string &title) {
    // Every "<" in the data escaped: no token text can end the script element or switch the HTML
    // parser into a script-comment state ("<!--<script>"). JSON reads \u003c as "<".
    const std::string data = replaceAll(replayData(trajectory, title).dump(), "<", "\\u003c");
    // The data slot is found before the title goes in, so a title that contains the slot's name
    // cannot move it.
    const std::string page = kPage;
    const std::size_t at = page.find("@DATA@");
    const std::string escapedTitle = escapeHtml(title);
    return replaceAll(page.substr(0, at), "@TITLE@", escapedTitle) + data +
           replaceAll(page.substr(at + 6), "@TITLE@", escapedTitle);
}

}  // namespace dbw
