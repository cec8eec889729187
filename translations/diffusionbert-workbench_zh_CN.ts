<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../app/comparepage.cpp" line="158"/>
        <location filename="../app/comparepage.cpp" line="600"/>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="159"/>
        <source>wall time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="160"/>
        <source>tokens seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="161"/>
        <source>Log y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="162"/>
        <location filename="../app/comparepage.cpp" line="649"/>
        <location filename="../app/comparepage.cpp" line="661"/>
        <location filename="../app/comparepage.cpp" line="673"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="163"/>
        <source>Chart (PNG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="164"/>
        <source>Chart (SVG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="165"/>
        <source>Metrics of These Runs (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="166"/>
        <source>Samples of These Runs (txt, jsonl, csv)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="167"/>
        <source>Baseline Run&apos;s Config (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="168"/>
        <location filename="../app/comparepage.cpp" line="384"/>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="169"/>
        <source>x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="170"/>
        <source>Smoothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="171"/>
        <source>All main metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="172"/>
        <source>Small multiples: validation NELBO, perplexity bounds, training loss, gradient norm and throughput side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="173"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="228"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="229"/>
        <source>Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="230"/>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="231"/>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="232"/>
        <source>Show only differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="257"/>
        <source>Cannot read the runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="258"/>
        <location filename="../app/comparepage.cpp" line="268"/>
        <location filename="../app/comparepage.cpp" line="367"/>
        <source>Select runs in the list (Ctrl+click or Shift+click for several) to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/comparepage.cpp" line="368"/>
        <source>%n run(s) · read in %1 ms, drawn in %2 ms</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="384"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="401"/>
        <source>best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="401"/>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="415"/>
        <source>better than the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="415"/>
        <source>worse than the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="434"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="434"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="434"/>
        <source>nats/token (−log p(x))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="434"/>
        <source>given the length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="435"/>
        <source>Δ vs baseline ± paired SE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="435"/>
        <source>unpaired SE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="435"/>
        <source>Generation (seq2seq)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="442"/>
        <source>recipe unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="444"/>
        <source>invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="446"/>
        <source>not a bound: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="453"/>
        <source> (baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="462"/>
        <source>no evaluation (dbw eval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="468"/>
        <source>step %1 · %2 · s = %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="475"/>
        <source>results unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="487"/>
        <source>(older evaluation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="493"/>
        <source>no evaluation with the baseline&apos;s recipe and per-sentence values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="507"/>
        <source>better than the baseline by more than two paired standard errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="508"/>
        <source>worse than the baseline by more than two paired standard errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="510"/>
        <source>within two paired standard errors: not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="541"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="551"/>
        <source>BLEU %1 · exact %2 · S = %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="554"/>
        <source>, MBR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="555"/>
        <source>no references</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/comparepage.cpp" line="556"/>
        <source>%n source(s); sentence BLEU (DiffuSeq&apos;s smoothed) %1, corpus BLEU %2, ROUGE-L %3, exact match %4</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="561"/>
        <source>copying the source: sentence BLEU %1, corpus BLEU %2, ROUGE-L %3, exact match %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="565"/>
        <source>among candidates: distinct-1 %1, div-4 %2, self-BLEU %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="592"/>
        <source>during training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="593"/>
        <source>generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="594"/>
        <source>origin not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="600"/>
        <source>origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="600"/>
        <source>sampler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="600"/>
        <source>samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="600"/>
        <source>distinct-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="600"/>
        <source>distinct-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="601"/>
        <source>self-BLEU-4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="601"/>
        <source>unigram entropy (bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="601"/>
        <source>repetition (seq-rep-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="610"/>
        <source>no samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="623"/>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="646"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="646"/>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="646"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="647"/>
        <source>JSON lines (*.jsonl);;Text (*.txt);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="647"/>
        <source>Configs (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="655"/>
        <source>Exporting the metrics to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="659"/>
        <source>Exported the metrics to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="712"/>
        <source>Nothing to export: no runs are compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="719"/>
        <source>Could not render the chart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigDiffModel</name>
    <message>
        <location filename="../app/configdiffmodel.cpp" line="106"/>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/configdiffmodel.cpp" line="130"/>
        <source>Config key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorpusPreviewModel</name>
    <message>
        <location filename="../app/corpuspreviewmodel.cpp" line="63"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/corpuspreviewmodel.cpp" line="64"/>
        <source>Source (src)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/corpuspreviewmodel.cpp" line="65"/>
        <source>Target (trg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/corpuspreviewmodel.cpp" line="65"/>
        <source>Sentence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DenoisingPage</name>
    <message>
        <location filename="../app/denoisingpage.cpp" line="79"/>
        <source>step %1 of %2 · %3 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="80"/>
        <source>step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/denoisingpage.cpp" line="85"/>
        <source>%n sample(s) in %1 s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/denoisingpage.cpp" line="86"/>
        <source>Opened %1: %n sample(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="117"/>
        <location filename="../app/denoisingpage.cpp" line="397"/>
        <location filename="../app/denoisingpage.cpp" line="534"/>
        <source>none: generate to record one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="184"/>
        <location filename="../app/denoisingpage.cpp" line="196"/>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="185"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="186"/>
        <source>Open Trajectory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="187"/>
        <source>from corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="188"/>
        <source>Tokens per sample; 0 draws lengths from the training corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="189"/>
        <source>The sampler takes T / step size reverse steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="190"/>
        <source>Ancestral (exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="191"/>
        <source>Most confident first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="192"/>
        <source>Random order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="193"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="194"/>
        <source>Reuse unchanged outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="195"/>
        <source>A time-agnostic model&apos;s output is reused while a sequence does not change (exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="198"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="200"/>
        <source>&amp;Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="204"/>
        <source>Sa&amp;mples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="206"/>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="208"/>
        <source>Step si&amp;ze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="211"/>
        <source>St&amp;rategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="213"/>
        <source>&amp;Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="215"/>
        <source>Top-&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="217"/>
        <source>Top-&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="219"/>
        <source>S&amp;eed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="227"/>
        <source>Pr&amp;ompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="229"/>
        <source>Re&amp;corded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="255"/>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="256"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="257"/>
        <location filename="../app/denoisingpage.cpp" line="392"/>
        <location filename="../app/denoisingpage.cpp" line="701"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="259"/>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="260"/>
        <source>Next change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="265"/>
        <source>Previous change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="270"/>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="315"/>
        <source>%1 s per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="316"/>
        <source>Show x0 guesses under masks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="317"/>
        <source>Grey: the model&apos;s current most likely token at a masked position (not committed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="318"/>
        <location filename="../app/denoisingpage.cpp" line="729"/>
        <location filename="../app/denoisingpage.cpp" line="734"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="319"/>
        <source>Trajectory (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="320"/>
        <source>Samples (txt, jsonl, csv)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="321"/>
        <source>Current View (PNG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="322"/>
        <source>Replay Page (HTML)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="331"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="332"/>
        <source>Revealed this step, by the model&apos;s confidence: %1 · earlier: plain · %2 masked · %3 fixed by the prompt · hover a token for its alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="366"/>
        <source>Reveal order of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="367"/>
        <source>Click a cell to jump to that step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="392"/>
        <location filename="../app/denoisingpage.cpp" line="701"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="401"/>
        <location filename="../app/denoisingpage.cpp" line="650"/>
        <source>sample #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="405"/>
        <location filename="../app/denoisingpage.cpp" line="645"/>
        <source>Generate samples or open a trajectory to step through the reverse process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="413"/>
        <source>T from the checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="417"/>
        <source>T = %1 → %2 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="418"/>
        <source>T = %1 is not a multiple of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="463"/>
        <source>This run has no checkpoint yet: train it, or browse for a checkpoint folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="473"/>
        <source>Choose a Checkpoint Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="477"/>
        <source>%1 is not a checkpoint folder (no model.safetensors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="488"/>
        <source>Open Trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="488"/>
        <source>Trajectories (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="496"/>
        <source>Wait for the sampling to finish, or cancel it, before opening a recorded trajectory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="524"/>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="524"/>
        <source>no step</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/denoisingpage.cpp" line="526"/>
        <source>%n sample(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/denoisingpage.cpp" line="534"/>
        <source>%n recorded trajectory(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="541"/>
        <source>Wait for the sampling to finish, or cancel it, before opening %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="552"/>
        <source>Choose a checkpoint first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="558"/>
        <source>This model is seq2seq: type the source to generate targets for in the prompt field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="582"/>
        <source>Sampling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="614"/>
        <source>required: the source (this model is seq2seq: every sample is a target for it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="615"/>
        <source>The source the model conditions on, e.g. shuffled words to put in order. It is fixed; the target after [SEP] is generated with as many tokens as the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="618"/>
        <source>optional: The ___ sat on the ___{2} . (or a prefix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="619"/>
        <source>Fixed text the model fills around: ___ one masked token, ___{N} N tokens, ___{..N} 1 to N tokens (drawn per sample). Without a marker, a prefix continued to the length. Fixed tokens never change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="632"/>
        <source>Choose a checkpoint first: train a run, or Browse… for a checkpoint folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="726"/>
        <source>Trajectories (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="726"/>
        <source>Text (*.txt);;JSON lines (*.jsonl);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="727"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="727"/>
        <source>Web pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="740"/>
        <source>Nothing to export: no trajectory is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="767"/>
        <source>Could not encode the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="772"/>
        <source>Reverse process — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="772"/>
        <source>trajectory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluateDialog</name>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="29"/>
        <location filename="../app/evaluatedialog.cpp" line="130"/>
        <source>Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="51"/>
        <source>Bound the negative log-likelihood of &lt;b&gt;%1&lt;/b&gt; with the ELBO of its reverse chain, as &lt;tt&gt;dbw eval&lt;/tt&gt; does. The result is stored with the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="62"/>
        <source>Checkpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="65"/>
        <source>The run&apos;s validation file (it has none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="66"/>
        <source>The run&apos;s validation file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="70"/>
        <source>The share of its training corpus it held out (%1%, seed %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="77"/>
        <source>Another file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="81"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="83"/>
        <source>Sentences to Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="83"/>
        <source>Corpora (*.txt *.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="97"/>
        <source>Sentences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="103"/>
        <source>The chain has T / step size terms; the bound is for the sampler with the same step size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="104"/>
        <source>Step size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="107"/>
        <source>chain (every term once per sentence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="108"/>
        <source>Monte Carlo (terms drawn per sentence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="109"/>
        <source>Estimator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="113"/>
        <source>Draws per sentence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="118"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="119"/>
        <source>Sentences at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="122"/>
        <source>Precision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="147"/>
        <source>The run has no checkpoint on disk yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="149"/>
        <source>The step size must divide T = %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="152"/>
        <source>No such file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="152"/>
        <source>(none given)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationController</name>
    <message>
        <location filename="../app/evaluationcontroller.cpp" line="94"/>
        <source>Evaluation cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../app/exportfiles.cpp" line="29"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistogramChart</name>
    <message>
        <location filename="../widgets/histogramchart.cpp" line="121"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/histogramchart.cpp" line="121"/>
        <source>Length (%1) per sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/histogramchart.cpp" line="125"/>
        <source>%1 (buckets of %2, lower edge shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/histogramchart.cpp" line="128"/>
        <source>sentences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="59"/>
        <source>CPU · LibTorch %1 · %2 threads · BLAS %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="64"/>
        <source>%n CUDA device(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="98"/>
        <location filename="../app/mainwindow.cpp" line="640"/>
        <source>Could not read the corpus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="100"/>
        <source>Reading corpus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="118"/>
        <source>Training run #%1: step %2 of %3, loss %4, %5 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="126"/>
        <source>Training failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="128"/>
        <source>Run #%1 %2; checkpoint %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="163"/>
        <source>Store: %1 (read-only: runs are shown, nothing can be recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="164"/>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="219"/>
        <source>evaluating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="243"/>
        <source>%1 of %2 sentences · %3 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="244"/>
        <source>%1 of %2 sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="256"/>
        <source>Evaluated: NELBO ≤ %1 ± %2 nats/token, perplexity per word ≤ %3 (stored with the run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="257"/>
        <source>Evaluated (not a bound): NELBO ≈ %1 ± %2 nats/token, perplexity per word ≈ %3 (stored with the run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="265"/>
        <source>Evaluation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="283"/>
        <source>Open Run Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="284"/>
        <source>Run stores (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="306"/>
        <source>Cannot clone the run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="316"/>
        <source>The selected run has no checkpoint on disk to resume from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="321"/>
        <source>Cannot resume the run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="531"/>
        <source>DiffusionBERT Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="532"/>
        <location filename="../app/mainwindow.cpp" line="609"/>
        <source>%1 — DiffusionBERT Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="533"/>
        <source>&amp;Open Corpus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="534"/>
        <source>Read a corpus (one sentence per line, or DiffuSeq jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="535"/>
        <source>Open &amp;Demo Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="536"/>
        <source>The bundled Brown corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="537"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="538"/>
        <source>&amp;About DiffusionBERT Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="539"/>
        <source>&amp;New Experiment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="540"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="541"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="542"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="543"/>
        <source>Stop training after this step and write a checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="544"/>
        <source>Open Run &amp;Store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="545"/>
        <source>Show the runs of another store (dbw --store PATH writes to one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="546"/>
        <source>Evaluate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="547"/>
        <source>Bound the selected run&apos;s likelihood on a split with the ELBO of its reverse chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="548"/>
        <source>Clone Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="549"/>
        <source>A new experiment with the selected run&apos;s config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="550"/>
        <source>Resume Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="551"/>
        <source>Continue the selected stopped, failed or interrupted run from its last checkpoint, as a new run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="553"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="554"/>
        <source>Denoise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="555"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="556"/>
        <source>Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="558"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="559"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="560"/>
        <source>System Default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="561"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="562"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="563"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="563"/>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="563"/>
        <source>Lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="563"/>
        <source>Words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="564"/>
        <source>Characters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="564"/>
        <source>Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="564"/>
        <source>Content hash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="568"/>
        <source>No corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="591"/>
        <source>DiffuSeq jsonl (src → trg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="592"/>
        <source>plain text, one sentence per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="594"/>
        <source>%1 (%2 sentences, %3 blank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="600"/>
        <source>min %1 · median %2 · mean %3 · max %4 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="608"/>
        <source>words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="610"/>
        <source>Read %1 sentences in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="626"/>
        <source>Open Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="627"/>
        <source>Corpora (*.txt *.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="647"/>
        <source>About DiffusionBERT Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="648"/>
        <source>&lt;h3&gt;DiffusionBERT Workbench&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;A workbench for absorbing-state discrete diffusion language models (DiffusionBERT, He et al. 2022).&lt;/p&gt;&lt;p&gt;Demo corpus: the Brown Corpus (W. N. Francis and H. Kučera, 1964/1979).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricChart</name>
    <message>
        <location filename="../widgets/metricchart.cpp" line="71"/>
        <source>Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricchart.cpp" line="72"/>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricchart.cpp" line="73"/>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricchart.cpp" line="73"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricchart.cpp" line="77"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricchart.cpp" line="78"/>
        <source>Export Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricchart.cpp" line="78"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricchart.cpp" line="91"/>
        <location filename="../widgets/metricchart.cpp" line="310"/>
        <source>%1: no points yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricchart.cpp" line="277"/>
        <source> (raw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricchart.cpp" line="431"/>
        <source>%1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricchart.cpp" line="433"/>
        <source> (smoothed %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricchart.cpp" line="435"/>
        <source>, range %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewExperimentDialog</name>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="64"/>
        <source>New Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="81"/>
        <source>Start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="82"/>
        <source>CPU demo (a real tiny run in a minute or two)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="83"/>
        <source>CPU seq2seq demo (restore word order: target given source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="84"/>
        <source>Paper recipe (LM1B, bert-base, GPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="85"/>
        <source>Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="87"/>
        <source>Run name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="89"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="91"/>
        <source>Training corpus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="91"/>
        <location filename="../app/newexperimentdialog.cpp" line="94"/>
        <source>Corpora (*.txt *.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="93"/>
        <source>empty: hold out 1% of the training corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="94"/>
        <source>Validation corpus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="96"/>
        <source>language model: every text a sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="97"/>
        <source>sequence to sequence: the jsonl target given its source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="98"/>
        <source>seq2seq (DiffuSeq): the network reads [CLS] src [SEP] trg [SEP]; only the target is noised, scored and generated, the source is always clean. Needs a jsonl corpus with &quot;src&quot; and &quot;trg&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="100"/>
        <source>Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="102"/>
        <source>Longer sentences are cut; for seq2seq, pairs whose source [SEP] target is longer are skipped (and counted), never cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="104"/>
        <source>Max tokens per sentence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="106"/>
        <source>Tokenizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="108"/>
        <source>empty: train a SentencePiece model on the corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="109"/>
        <source>Load:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="109"/>
        <source>Tokenizers (*.model vocab.txt *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="111"/>
        <source>Or train, vocabulary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="113"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="115"/>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="117"/>
        <source>none: time-agnostic (TAD, the paper&apos;s best); layerwise: LTE; prefix: PTE; adaln: adaptive LayerNorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="118"/>
        <source>Time design:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="120"/>
        <source>Dropout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="122"/>
        <source>A pretrained BERT to start from: a Hugging Face folder (config.json, model.safetensors or pytorch_model.bin, vocab.txt) or one of our checkpoints. Its sizes and tokenizer are used; the time design&apos;s own parts start fresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="125"/>
        <source>Initialise from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="127"/>
        <source>Diffusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="129"/>
        <source>Steps T:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="130"/>
        <source>continuous time (MDLM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="134"/>
        <source>Schedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="136"/>
        <source>Spindle base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="138"/>
        <source>Spindle lambda:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="140"/>
        <source>d3pm-hybrid: the paper&apos;s; nelbo: continuous-time MDLM; mlm: BERT&apos;s masked language model, to pretrain a plain BERT to start diffusion runs from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="142"/>
        <source>Objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="144"/>
        <source>Hybrid lambda:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="146"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="148"/>
        <source>Batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="150"/>
        <source>Accumulation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="152"/>
        <source>Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="154"/>
        <source>Warm-up steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="156"/>
        <source>Decay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="158"/>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="160"/>
        <source>Clipping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="162"/>
        <source>Validate every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="164"/>
        <source>Sample every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="166"/>
        <source>Checkpoint every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="168"/>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="170"/>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="172"/>
        <source>all cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="173"/>
        <source>Threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="176"/>
        <source>Data parallel: this many local processes train one model, each on its share of every batch (dbw train --nproc). The batch size is the batch of all of them together; the threads are per process (all cores: the cores shared out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="179"/>
        <source>Processes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="181"/>
        <source>Precision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="188"/>
        <source>For the spindle, the band spans token offsets from -0.75 to +0.25, a typical range: the run computes each token&apos;s offset from the corpus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="194"/>
        <source>Start Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="195"/>
        <source>Load…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="196"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="203"/>
        <source>Load Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="203"/>
        <location filename="../app/newexperimentdialog.cpp" line="209"/>
        <source>Configs (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="209"/>
        <source>Save Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="258"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="259"/>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="259"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="262"/>
        <source>Choose Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="263"/>
        <source>Choose File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="302"/>
        <source>the paper starts from bert-base-uncased: choose its Hugging Face folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="303"/>
        <source>empty: random weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="379"/>
        <source>choose %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="384"/>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="386"/>
        <source>not a readable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="388"/>
        <source>a training corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="393"/>
        <source>expected a SentencePiece .model or a BERT vocab.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="395"/>
        <source>give the run a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="398"/>
        <source>the batch of %1 is shared by the processes: at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="401"/>
        <source>seq2seq needs a jsonl corpus with &quot;src&quot; and &quot;trg&quot; per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="405"/>
        <source>not a model folder (it has no config.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="407"/>
        <source>a run initialised from a pretrained model uses its tokenizer: leave this empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevealGrid</name>
    <message>
        <location filename="../widgets/revealgrid.cpp" line="89"/>
        <source>No trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/revealgrid.cpp" line="102"/>
        <source>position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/revealgrid.cpp" line="104"/>
        <source>step 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/revealgrid.cpp" line="134"/>
        <source>Position %1: revealed at step %2 (pointer at step %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunCheckpoints</name>
    <message>
        <location filename="../app/runcheckpoints.cpp" line="27"/>
        <source>best · step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcheckpoints.cpp" line="28"/>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcheckpoints.cpp" line="31"/>
        <source> · validation NELBO %1 nats/token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunHistoryPanel</name>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="57"/>
        <source>Filter runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="58"/>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="195"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="195"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="195"/>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="195"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="195"/>
        <source>Time design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="201"/>
        <location filename="../app/runhistorypanel.cpp" line="205"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="206"/>
        <source>Created from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="207"/>
        <source>Created to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="208"/>
        <source>Show archived runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="290"/>
        <source>Add Metric Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="294"/>
        <source>%1 (best)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="294"/>
        <source>%1 (last)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="303"/>
        <source>Remove This Metric Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/runhistorypanel.cpp" line="318"/>
        <source>Compare %n Run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="323"/>
        <source>Unarchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="323"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="327"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="329"/>
        <source>Export Config (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="333"/>
        <source>Export Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="334"/>
        <source>Configs (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="350"/>
        <source>Could not change the run store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="372"/>
        <source>A run that is training cannot be deleted; stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="380"/>
        <source>Run %1 &apos;%2&apos; is being written by process %3 on %4; stop it first. Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="397"/>
        <source>%1 also holds the checkpoints of run %2; delete that run too, or keep the files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="413"/>
        <source>The runs were deleted from the store, but these folders could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="415"/>
        <source>Could not delete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="434"/>
        <source>Delete Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/runhistorypanel.cpp" line="435"/>
        <source>Delete %n run(s) from the run store: %1?
Their metrics, samples, evaluations and trajectories are removed; this cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="439"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="441"/>
        <source>Also delete the run folders on disk (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="441"/>
        <source>none known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="457"/>
        <source>The run is no longer in the store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunListModel</name>
    <message>
        <location filename="../app/runlistmodel.cpp" line="230"/>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="257"/>
        <source>%1 (best)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="257"/>
        <source>%1 (last)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="260"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="261"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="262"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="263"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="264"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="265"/>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="266"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="267"/>
        <source>Time design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="268"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="310"/>
        <source>Could not save to the run store: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../app/runpage.cpp" line="86"/>
        <source>Train the Demo Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="93"/>
        <source>New Experiment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="106"/>
        <location filename="../app/runpage.cpp" line="279"/>
        <source>Select a run, or start one with New Experiment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="139"/>
        <source>x axis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="140"/>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="141"/>
        <source>wall time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="142"/>
        <source>tokens seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="143"/>
        <source>smoothing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="144"/>
        <source>log y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="145"/>
        <source>Steps whose loss or gradient was not finite; their update was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="176"/>
        <source>Training loss (nats/sentence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="177"/>
        <source>NELBO (nats/token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="178"/>
        <source>Perplexity bound per token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="179"/>
        <source>Perplexity bound per word (paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="180"/>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="181"/>
        <source>Gradient norm (before clipping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="182"/>
        <source>Throughput (tokens/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="183"/>
        <source>Skipped steps (non-finite loss or gradient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="187"/>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="187"/>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="230"/>
        <source>Evaluated step %1 on %2 (s = %3 of T = %4, %5, %6 sentences): NELBO %7 %8 ± %9 nats/token, perplexity per word %7 %10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="240"/>
        <source> (not a bound: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="260"/>
        <source>Training loss (mlm, BERT&apos;s masked language model): the cross-entropy of the 15% chosen tokens (80% masked, 10% random, 10% kept), per sentence. It is not a bound: the NELBO chart shows the model as a diffusion denoiser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="264"/>
        <source>Training loss (nelbo, MDLM): the continuous-time NELBO of each sentence at one sampled time, a weighted cross-entropy over its masked tokens. Its mean over time is the bound in the NELBO chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="266"/>
        <source>Training loss (d3pm-hybrid, the paper&apos;s): the KL between the true and the model&apos;s posterior at one sampled step t (the cross-entropy at the first step), plus λ = %1 times the cross-entropy of every real token, per sentence. It is not a bound: compare runs by the NELBO chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="291"/>
        <source>Select a run on the left to see its charts and samples, or start another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="292"/>
        <source>&lt;p&gt;&lt;b&gt;No runs yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Train the demo model: a small DiffusionBERT with the spindle schedule on the bundled Brown corpus, a minute or two on two cores. Its loss and perplexity appear here live; once it has a checkpoint, the Denoise page generates from it step by step.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="330"/>
        <source>interrupted: its process stopped without finishing (Resume Run continues it from its last checkpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="332"/>
        <source>%1 by process %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="335"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 · created %3 · model %4, %5 schedule, time design %6, objective %7 · seed %8 · %9 threads, BLAS %10 · code %11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="355"/>
        <source>step %1 of %2 · finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="357"/>
        <source>step %1 of %2 · %3 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="359"/>
        <source>step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/runpage.cpp" line="378"/>
        <source>⚠ %n skipped step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="378"/>
        <source>no skipped steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="388"/>
        <source>Cannot read the run: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunProgress</name>
    <message>
        <location filename="../app/runprogress.h" line="40"/>
        <source>under a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runprogress.h" line="43"/>
        <source>about %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runprogress.h" line="45"/>
        <source>about %1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runprogress.h" line="46"/>
        <source>about %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SamplerSummary</name>
    <message>
        <location filename="../app/samplersummary.cpp" line="17"/>
        <source>prompt “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/samplersummary.cpp" line="21"/>
        <source>step size %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/samplersummary.cpp" line="23"/>
        <source>temperature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/samplersummary.cpp" line="25"/>
        <source>top-k %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/samplersummary.cpp" line="27"/>
        <source>top-p %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SamplesModel</name>
    <message>
        <location filename="../app/runpage.cpp" line="57"/>
        <source>step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SamplingController</name>
    <message>
        <location filename="../app/samplingcontroller.cpp" line="42"/>
        <source>Sampling cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/samplingcontroller.cpp" line="44"/>
        <source>The samples are shown but could not be saved to the run store: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleChart</name>
    <message>
        <location filename="../widgets/schedulechart.cpp" line="47"/>
        <source>most to least informative token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/schedulechart.cpp" line="55"/>
        <source>keep probability (base)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/schedulechart.cpp" line="75"/>
        <source>Keep probability over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/schedulechart.cpp" line="78"/>
        <source>t / T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/schedulechart.cpp" line="81"/>
        <source>alpha</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingController</name>
    <message>
        <location filename="../app/trainingcontroller.cpp" line="76"/>
        <source>cannot write the run config for the processes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/trainingcontroller.cpp" line="105"/>
        <source>dbw train crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/trainingcontroller.cpp" line="105"/>
        <source>dbw train exited with status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/trainingcontroller.cpp" line="117"/>
        <source>cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/trainingcontroller.cpp" line="119"/>
        <source>starting %1 processes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrajectoryFrames</name>
    <message>
        <location filename="../app/trajectoryframes.cpp" line="78"/>
        <source>&lt;b&gt;%1&lt;/b&gt; fixed by the prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/trajectoryframes.cpp" line="83"/>
        <source>&lt;b&gt;%1&lt;/b&gt; revealed at step %2 with p = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/trajectoryframes.cpp" line="88"/>
        <source>Masked until step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/trajectoryframes.cpp" line="92"/>
        <source>The network has not run for this position yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/trajectoryframes.cpp" line="93"/>
        <source>Top alternatives at step %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/trajectoryframes.cpp" line="105"/>
        <source>Frame 0 of %1 · t = %2 · α = 0 · %3 masks · nothing revealed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/trajectoryframes.cpp" line="111"/>
        <source>Frame %1 of %2 · t = %3 · α = %4 · %5 masks left · %6 revealed this step · network ran for %7 of %8 samples%9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/trajectoryframes.cpp" line="120"/>
        <source> (the others served from the cache or already complete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <location filename="../app/translations.cpp" line="40"/>
        <source>Qt&apos;s own texts for %1 are not installed in %2 (Debian package qt6-translations-l10n)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="26"/>
        <source>LibTorch threads (default: all cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="30"/>
        <source>Open a recorded reverse process (dbw sample --trajectory) in the denoising viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="34"/>
        <source>Write a PNG of each page, from the store&apos;s newest runs, into FOLDER and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="40"/>
        <source>Workbench for discrete diffusion language models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="45"/>
        <source>Corpus to open (default: the bundled demo corpus).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
