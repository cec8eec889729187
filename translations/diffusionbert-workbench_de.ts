<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../app/comparepage.cpp" line="158"/>
        <location filename="../app/comparepage.cpp" line="600"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="159"/>
        <source>wall time (s)</source>
        <translation>Laufzeit (s)</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="160"/>
        <source>tokens seen</source>
        <translation>verarbeitete Token</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="161"/>
        <source>Log y</source>
        <translation>y logarithmisch</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="162"/>
        <location filename="../app/comparepage.cpp" line="649"/>
        <location filename="../app/comparepage.cpp" line="661"/>
        <location filename="../app/comparepage.cpp" line="673"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="163"/>
        <source>Chart (PNG)…</source>
        <translation>Diagramm (PNG)…</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="164"/>
        <source>Chart (SVG)…</source>
        <translation>Diagramm (SVG)…</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="165"/>
        <source>Metrics of These Runs (CSV)…</source>
        <translation>Metriken dieser Runs (CSV)…</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="166"/>
        <source>Samples of These Runs (txt, jsonl, csv)…</source>
        <translation>Samples dieser Runs (txt, jsonl, csv)…</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="167"/>
        <source>Baseline Run&apos;s Config (JSON)…</source>
        <translation>Konfiguration des Baseline-Runs (JSON)…</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="168"/>
        <location filename="../app/comparepage.cpp" line="384"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="169"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="170"/>
        <source>Smoothing</source>
        <translation>Glättung</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="171"/>
        <source>All main metrics</source>
        <translation>Alle Hauptmetriken</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="172"/>
        <source>Small multiples: validation NELBO, perplexity bounds, training loss, gradient norm and throughput side by side</source>
        <translation>Kleine Vielfache: Validierungs-NELBO, Perplexitätsschranken, Trainings-Loss, Gradientennorm und Durchsatz nebeneinander</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="173"/>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="228"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="232"/>
        <source>Show only differences</source>
        <translation>Nur Unterschiede anzeigen</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="229"/>
        <source>Config</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="230"/>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="231"/>
        <source>Likelihood</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="257"/>
        <source>Cannot read the runs: %1</source>
        <translation>Die Runs können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="258"/>
        <location filename="../app/comparepage.cpp" line="268"/>
        <location filename="../app/comparepage.cpp" line="367"/>
        <source>Select runs in the list (Ctrl+click or Shift+click for several) to compare them.</source>
        <translation>Wählen Sie Runs in der Liste aus (Strg+Klick oder Umschalt+Klick für mehrere), um sie zu vergleichen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/comparepage.cpp" line="368"/>
        <source>%n run(s) · read in %1 ms, drawn in %2 ms</source>
        <translation>
            <numerusform>%n Run · in %1 ms gelesen, in %2 ms gezeichnet</numerusform>
            <numerusform>%n Runs · in %1 ms gelesen, in %2 ms gezeichnet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="384"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="401"/>
        <source>best</source>
        <translation>Bestwert</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="401"/>
        <source>last</source>
        <translation>Endwert</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="415"/>
        <source>better than the baseline</source>
        <translation>besser als die Baseline</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="415"/>
        <source>worse than the baseline</source>
        <translation>schlechter als die Baseline</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="434"/>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="434"/>
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="434"/>
        <source>nats/token (−log p(x))</source>
        <translation>nats/Token (−log p(x))</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="434"/>
        <source>given the length</source>
        <translation>bei gegebener Länge</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="435"/>
        <source>Δ vs baseline ± paired SE</source>
        <translation>Δ zur Basis ± gepaarter SE</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="435"/>
        <source>unpaired SE</source>
        <translation>ungepaarter SE</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="435"/>
        <source>Generation (seq2seq)</source>
        <translation>Generierung (seq2seq)</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="442"/>
        <source>recipe unreadable</source>
        <translation>Rezept unlesbar</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="444"/>
        <source>invalid: %1</source>
        <translation>ungültig: %1</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="446"/>
        <source>not a bound: %1</source>
        <translation>keine Schranke: %1</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="453"/>
        <source> (baseline)</source>
        <translation> (Basis)</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="462"/>
        <source>no evaluation (dbw eval)</source>
        <translation>keine Auswertung (dbw eval)</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="468"/>
        <source>step %1 · %2 · s = %3 · %4</source>
        <translation>Schritt %1 · %2 · s = %3 · %4</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="475"/>
        <source>results unreadable</source>
        <translation>Ergebnisse unlesbar</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="487"/>
        <source>(older evaluation)</source>
        <translation>(ältere Auswertung)</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="493"/>
        <source>no evaluation with the baseline&apos;s recipe and per-sentence values</source>
        <translation>keine Auswertung mit dem Rezept der Basis und Werten je Satz</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="507"/>
        <source>better than the baseline by more than two paired standard errors</source>
        <translation>besser als die Basis um mehr als zwei gepaarte Standardfehler</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="508"/>
        <source>worse than the baseline by more than two paired standard errors</source>
        <translation>schlechter als die Basis um mehr als zwei gepaarte Standardfehler</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="510"/>
        <source>within two paired standard errors: not decided</source>
        <translation>innerhalb von zwei gepaarten Standardfehlern: nicht entschieden</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="541"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="551"/>
        <source>BLEU %1 · exact %2 · S = %3%4</source>
        <translation>BLEU %1 · exakt %2 · S = %3%4</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="554"/>
        <source>, MBR</source>
        <translation>, MBR</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="555"/>
        <source>no references</source>
        <translation>keine Referenzen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/comparepage.cpp" line="556"/>
        <source>%n source(s); sentence BLEU (DiffuSeq&apos;s smoothed) %1, corpus BLEU %2, ROUGE-L %3, exact match %4</source>
        <translation>
            <numerusform>%n Quelle; Satz-BLEU (geglättet wie DiffuSeq) %1, Korpus-BLEU %2, ROUGE-L %3, exakte Treffer %4</numerusform>
            <numerusform>%n Quellen; Satz-BLEU (geglättet wie DiffuSeq) %1, Korpus-BLEU %2, ROUGE-L %3, exakte Treffer %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="561"/>
        <source>copying the source: sentence BLEU %1, corpus BLEU %2, ROUGE-L %3, exact match %4</source>
        <translation>Quelle unverändert übernommen: Satz-BLEU %1, Korpus-BLEU %2, ROUGE-L %3, exakte Treffer %4</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="565"/>
        <source>among candidates: distinct-1 %1, div-4 %2, self-BLEU %3</source>
        <translation>unter den Kandidaten: distinct-1 %1, div-4 %2, Self-BLEU %3</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="592"/>
        <source>during training</source>
        <translation>während des Trainings</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="593"/>
        <source>generated</source>
        <translation>generiert</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="594"/>
        <source>origin not recorded</source>
        <translation>Herkunft nicht erfasst</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="600"/>
        <source>samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="600"/>
        <source>distinct-1</source>
        <translation>distinct-1</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="600"/>
        <source>distinct-2</source>
        <translation>distinct-2</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="600"/>
        <source>origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="600"/>
        <source>sampler</source>
        <translation>Sampler</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="601"/>
        <source>self-BLEU-4</source>
        <translation>self-BLEU-4</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="601"/>
        <source>unigram entropy (bits)</source>
        <translation>Unigramm-Entropie (Bit)</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="601"/>
        <source>repetition (seq-rep-4)</source>
        <translation>Wiederholung (seq-rep-4)</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="610"/>
        <source>no samples</source>
        <translation>keine Samples</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="623"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="646"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="646"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="646"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="647"/>
        <source>JSON lines (*.jsonl);;Text (*.txt);;CSV (*.csv)</source>
        <translation>JSON Lines (*.jsonl);;Text (*.txt);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="647"/>
        <source>Configs (*.json)</source>
        <translation>Konfigurationen (*.json)</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="655"/>
        <source>Exporting the metrics to %1…</source>
        <translation>Metriken werden nach %1 exportiert…</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="659"/>
        <source>Exported the metrics to %1.</source>
        <translation>Metriken nach %1 exportiert.</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="712"/>
        <source>Nothing to export: no runs are compared.</source>
        <translation>Nichts zu exportieren: Es werden keine Runs verglichen.</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="719"/>
        <source>Could not render the chart.</source>
        <translation>Das Diagramm konnte nicht gerendert werden.</translation>
    </message>
</context>
<context>
    <name>ConfigDiffModel</name>
    <message>
        <location filename="../app/configdiffmodel.cpp" line="106"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location filename="../app/configdiffmodel.cpp" line="130"/>
        <source>Config key</source>
        <translation>Konfigurationsschlüssel</translation>
    </message>
</context>
<context>
    <name>CorpusPreviewModel</name>
    <message>
        <location filename="../app/corpuspreviewmodel.cpp" line="63"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../app/corpuspreviewmodel.cpp" line="64"/>
        <source>Source (src)</source>
        <translation>Quelle (src)</translation>
    </message>
    <message>
        <location filename="../app/corpuspreviewmodel.cpp" line="65"/>
        <source>Target (trg)</source>
        <translation>Ziel (trg)</translation>
    </message>
    <message>
        <location filename="../app/corpuspreviewmodel.cpp" line="65"/>
        <source>Sentence</source>
        <translation>Satz</translation>
    </message>
</context>
<context>
    <name>DenoisingPage</name>
    <message numerus="yes">
        <location filename="../app/denoisingpage.cpp" line="85"/>
        <source>%n sample(s) in %1 s</source>
        <translation>
            <numerusform>%n Sample in %1 s</numerusform>
            <numerusform>%n Samples in %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/denoisingpage.cpp" line="86"/>
        <source>Opened %1: %n sample(s)</source>
        <translation>
            <numerusform>%1 geöffnet: %n Sample</numerusform>
            <numerusform>%1 geöffnet: %n Samples</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="184"/>
        <location filename="../app/denoisingpage.cpp" line="196"/>
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="185"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="186"/>
        <source>Open Trajectory…</source>
        <translation>Trajektorie öffnen…</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="117"/>
        <location filename="../app/denoisingpage.cpp" line="397"/>
        <location filename="../app/denoisingpage.cpp" line="534"/>
        <source>none: generate to record one</source>
        <translation>keine: Generieren zeichnet eine auf</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="79"/>
        <source>step %1 of %2 · %3 left</source>
        <translation>Schritt %1 von %2 · noch %3</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="80"/>
        <source>step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="187"/>
        <source>from corpus</source>
        <translation>aus Korpus</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="188"/>
        <source>Tokens per sample; 0 draws lengths from the training corpus</source>
        <translation>Token pro Sample; bei 0 werden die Längen aus dem Trainingskorpus gezogen</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="189"/>
        <source>The sampler takes T / step size reverse steps</source>
        <translation>Der Sampler macht T / Schrittweite Rückwärtsschritte</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="190"/>
        <source>Ancestral (exact)</source>
        <translation>Ancestral (exakt)</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="191"/>
        <source>Most confident first</source>
        <translation>Sicherste zuerst</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="192"/>
        <source>Random order</source>
        <translation>Zufällige Reihenfolge</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="193"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="194"/>
        <source>Reuse unchanged outputs</source>
        <translation>Ausgaben wiederverwenden</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="195"/>
        <source>A time-agnostic model&apos;s output is reused while a sequence does not change (exact)</source>
        <translation>Die Ausgabe eines zeitagnostischen Modells wird wiederverwendet, solange sich eine Sequenz nicht ändert (exakt)</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="558"/>
        <source>This model is seq2seq: type the source to generate targets for in the prompt field.</source>
        <translation>Dieses Modell ist seq2seq: Geben Sie im Prompt-Feld die Quelle ein, zu der Ziele erzeugt werden.</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="614"/>
        <source>required: the source (this model is seq2seq: every sample is a target for it)</source>
        <translation>erforderlich: die Quelle (dieses Modell ist seq2seq: jede Stichprobe ist ein Ziel dazu)</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="615"/>
        <source>The source the model conditions on, e.g. shuffled words to put in order. It is fixed; the target after [SEP] is generated with as many tokens as the source.</source>
        <translation>Die Quelle, auf die das Modell bedingt, z. B. gemischte Wörter, die zu ordnen sind. Sie bleibt fest; das Ziel nach [SEP] wird mit so vielen Tokens wie die Quelle erzeugt.</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="618"/>
        <source>optional: The ___ sat on the ___{2} . (or a prefix)</source>
        <translation>optional: The ___ sat on the ___{2} . (oder ein Anfang)</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="619"/>
        <source>Fixed text the model fills around: ___ one masked token, ___{N} N tokens, ___{..N} 1 to N tokens (drawn per sample). Without a marker, a prefix continued to the length. Fixed tokens never change.</source>
        <translation>Fester Text, um den herum das Modell ergänzt: ___ ein maskiertes Token, ___{N} N Token, ___{..N} 1 bis N Token (je Sample gezogen). Ohne Markierung ein Anfang, der bis zur Länge fortgesetzt wird. Feste Token ändern sich nie.</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="198"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="200"/>
        <source>&amp;Checkpoint</source>
        <translation>&amp;Checkpoint</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="204"/>
        <source>Sa&amp;mples</source>
        <translation>Sa&amp;mples</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="206"/>
        <source>&amp;Length</source>
        <translation>&amp;Länge</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="208"/>
        <source>Step si&amp;ze</source>
        <translation>Schritt&amp;weite</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="211"/>
        <source>St&amp;rategy</source>
        <translation>St&amp;rategie</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="213"/>
        <source>&amp;Temperature</source>
        <translation>&amp;Temperatur</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="215"/>
        <source>Top-&amp;k</source>
        <translation>Top-&amp;k</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="217"/>
        <source>Top-&amp;p</source>
        <translation>Top-&amp;p</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="219"/>
        <source>S&amp;eed</source>
        <translation>S&amp;eed</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="227"/>
        <source>Pr&amp;ompt</source>
        <translation>Pr&amp;ompt</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="229"/>
        <source>Re&amp;corded</source>
        <translation>Aufge&amp;zeichnet</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="255"/>
        <source>First</source>
        <translation>Zum Anfang</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="256"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="257"/>
        <location filename="../app/denoisingpage.cpp" line="392"/>
        <location filename="../app/denoisingpage.cpp" line="701"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="259"/>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="260"/>
        <source>Next change</source>
        <translation>Nächste Änderung</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="265"/>
        <source>Previous change</source>
        <translation>Vorherige Änderung</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="270"/>
        <source>Last</source>
        <translation>Zum Ende</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="315"/>
        <source>%1 s per step</source>
        <translation>%1 s pro Schritt</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="316"/>
        <source>Show x0 guesses under masks</source>
        <translation>x0-Schätzungen unter Masken anzeigen</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="317"/>
        <source>Grey: the model&apos;s current most likely token at a masked position (not committed)</source>
        <translation>Grau: das aktuell wahrscheinlichste Token des Modells an einer maskierten Position (nicht festgelegt)</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="318"/>
        <location filename="../app/denoisingpage.cpp" line="729"/>
        <location filename="../app/denoisingpage.cpp" line="734"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="319"/>
        <source>Trajectory (JSON)…</source>
        <translation>Trajektorie (JSON)…</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="320"/>
        <source>Samples (txt, jsonl, csv)…</source>
        <translation>Samples (txt, jsonl, csv)…</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="321"/>
        <source>Current View (PNG)…</source>
        <translation>Aktuelle Ansicht (PNG)…</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="322"/>
        <source>Replay Page (HTML)…</source>
        <translation>Wiedergabeseite (HTML)…</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="331"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="332"/>
        <source>Revealed this step, by the model&apos;s confidence: %1 · earlier: plain · %2 masked · %3 fixed by the prompt · hover a token for its alternatives</source>
        <translation>In diesem Schritt aufgedeckt, nach Konfidenz des Modells: %1 · früher: ohne Markierung · %2 maskiert · %3 vom Prompt festgelegt · Mauszeiger auf ein Token zeigt seine Alternativen</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="366"/>
        <source>Reveal order of</source>
        <translation>Aufdeckreihenfolge von</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="367"/>
        <source>Click a cell to jump to that step</source>
        <translation>Klicken Sie auf eine Zelle, um zu diesem Schritt zu springen</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="413"/>
        <source>T from the checkpoint</source>
        <translation>T aus dem Checkpoint</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="417"/>
        <source>T = %1 → %2 steps</source>
        <translation>T = %1 → %2 Schritte</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="418"/>
        <source>T = %1 is not a multiple of %2</source>
        <translation>T = %1 ist kein Vielfaches von %2</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="524"/>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="463"/>
        <source>This run has no checkpoint yet: train it, or browse for a checkpoint folder.</source>
        <translation>Dieser Run hat noch keinen Checkpoint: Trainieren Sie ihn oder wählen Sie einen Checkpoint-Ordner aus.</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="473"/>
        <source>Choose a Checkpoint Folder</source>
        <translation>Checkpoint-Ordner auswählen</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="477"/>
        <source>%1 is not a checkpoint folder (no model.safetensors).</source>
        <translation>%1 ist kein Checkpoint-Ordner (keine model.safetensors).</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="488"/>
        <source>Open Trajectory</source>
        <translation>Trajektorie öffnen</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="488"/>
        <source>Trajectories (*.json);;All files (*)</source>
        <translation>Trajektorien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="496"/>
        <source>Wait for the sampling to finish, or cancel it, before opening a recorded trajectory.</source>
        <translation>Warten Sie, bis das Sampling fertig ist, oder brechen Sie es ab, bevor Sie eine aufgezeichnete Trajektorie öffnen.</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="524"/>
        <source>no step</source>
        <translation>ohne Schritt</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/denoisingpage.cpp" line="526"/>
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n Sample</numerusform>
            <numerusform>%n Samples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/denoisingpage.cpp" line="534"/>
        <source>%n recorded trajectory(s)</source>
        <translation>
            <numerusform>%n aufgezeichnete Trajektorie</numerusform>
            <numerusform>%n aufgezeichnete Trajektorien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="541"/>
        <source>Wait for the sampling to finish, or cancel it, before opening %1.</source>
        <translation>Warten Sie, bis das Sampling fertig ist, oder brechen Sie es ab, bevor Sie %1 öffnen.</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="552"/>
        <source>Choose a checkpoint first.</source>
        <translation>Wählen Sie zuerst einen Checkpoint aus.</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="582"/>
        <source>Sampling…</source>
        <translation>Sampling läuft…</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="632"/>
        <source>Choose a checkpoint first: train a run, or Browse… for a checkpoint folder</source>
        <translation>Wählen Sie zuerst einen Checkpoint: Trainieren Sie einen Run oder wählen Sie über „Durchsuchen…“ einen Checkpoint-Ordner</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="405"/>
        <location filename="../app/denoisingpage.cpp" line="645"/>
        <source>Generate samples or open a trajectory to step through the reverse process.</source>
        <translation>Generieren Sie Samples oder öffnen Sie eine Trajektorie, um den Rückwärtsprozess Schritt für Schritt zu verfolgen.</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="401"/>
        <location filename="../app/denoisingpage.cpp" line="650"/>
        <source>sample #%1</source>
        <translation>Sample #%1</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="392"/>
        <location filename="../app/denoisingpage.cpp" line="701"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="726"/>
        <source>Trajectories (*.json)</source>
        <translation>Trajektorien (*.json)</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="726"/>
        <source>Text (*.txt);;JSON lines (*.jsonl);;CSV (*.csv)</source>
        <translation>Text (*.txt);;JSON Lines (*.jsonl);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="727"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="727"/>
        <source>Web pages (*.html)</source>
        <translation>Webseiten (*.html)</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="740"/>
        <source>Nothing to export: no trajectory is shown.</source>
        <translation>Nichts zu exportieren: Es wird keine Trajektorie angezeigt.</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="767"/>
        <source>Could not encode the image.</source>
        <translation>Das Bild konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="772"/>
        <source>Reverse process — %1</source>
        <translation>Rückwärtsprozess — %1</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="772"/>
        <source>trajectory</source>
        <translation>Trajektorie</translation>
    </message>
</context>
<context>
    <name>EvaluateDialog</name>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="29"/>
        <location filename="../app/evaluatedialog.cpp" line="130"/>
        <source>Evaluate</source>
        <translation>Auswerten</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="51"/>
        <source>Bound the negative log-likelihood of &lt;b&gt;%1&lt;/b&gt; with the ELBO of its reverse chain, as &lt;tt&gt;dbw eval&lt;/tt&gt; does. The result is stored with the run.</source>
        <translation>Die negative Log-Likelihood von &lt;b&gt;%1&lt;/b&gt; mit dem ELBO seiner Rückwärtskette schranken, wie &lt;tt&gt;dbw eval&lt;/tt&gt;. Das Ergebnis wird beim Run gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="62"/>
        <source>Checkpoint:</source>
        <translation>Checkpoint:</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="65"/>
        <source>The run&apos;s validation file (it has none)</source>
        <translation>Die Validierungsdatei des Runs (er hat keine)</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="66"/>
        <source>The run&apos;s validation file: %1</source>
        <translation>Die Validierungsdatei des Runs: %1</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="70"/>
        <source>The share of its training corpus it held out (%1%, seed %2)</source>
        <translation>Der zurückgehaltene Anteil seines Trainingskorpus (%1 %, Seed %2)</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="77"/>
        <source>Another file:</source>
        <translation>Andere Datei:</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="81"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="83"/>
        <source>Sentences to Evaluate</source>
        <translation>Auszuwertende Sätze</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="83"/>
        <source>Corpora (*.txt *.jsonl);;All files (*)</source>
        <translation>Korpora (*.txt *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="97"/>
        <source>Sentences:</source>
        <translation>Sätze:</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="103"/>
        <source>The chain has T / step size terms; the bound is for the sampler with the same step size</source>
        <translation>Die Kette hat T / Schrittweite Terme; die Schranke gilt für den Sampler mit derselben Schrittweite</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="104"/>
        <source>Step size:</source>
        <translation>Schrittweite:</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="107"/>
        <source>chain (every term once per sentence)</source>
        <translation>Kette (jeder Term einmal je Satz)</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="108"/>
        <source>Monte Carlo (terms drawn per sentence)</source>
        <translation>Monte Carlo (gezogene Terme je Satz)</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="109"/>
        <source>Estimator:</source>
        <translation>Schätzer:</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="113"/>
        <source>Draws per sentence:</source>
        <translation>Ziehungen je Satz:</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="118"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="119"/>
        <source>Sentences at most:</source>
        <translation>Höchstens Sätze:</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="122"/>
        <source>Precision:</source>
        <translation>Genauigkeit:</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="147"/>
        <source>The run has no checkpoint on disk yet.</source>
        <translation>Der Run hat noch keinen Checkpoint auf der Festplatte.</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="149"/>
        <source>The step size must divide T = %1.</source>
        <translation>Die Schrittweite muss T = %1 teilen.</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="152"/>
        <source>No such file: %1</source>
        <translation>Keine solche Datei: %1</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="152"/>
        <source>(none given)</source>
        <translation>(keine angegeben)</translation>
    </message>
</context>
<context>
    <name>EvaluationController</name>
    <message>
        <location filename="../app/evaluationcontroller.cpp" line="94"/>
        <source>Evaluation cancelled.</source>
        <translation>Auswertung abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../app/exportfiles.cpp" line="29"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>HistogramChart</name>
    <message>
        <location filename="../widgets/histogramchart.cpp" line="121"/>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <location filename="../widgets/histogramchart.cpp" line="121"/>
        <source>Length (%1) per sentence</source>
        <translation>Länge (%1) je Satz</translation>
    </message>
    <message>
        <location filename="../widgets/histogramchart.cpp" line="125"/>
        <source>%1 (buckets of %2, lower edge shown)</source>
        <translation>%1 (Klassen zu %2, Untergrenze angezeigt)</translation>
    </message>
    <message>
        <location filename="../widgets/histogramchart.cpp" line="128"/>
        <source>sentences</source>
        <translation>Sätze</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="59"/>
        <source>CPU · LibTorch %1 · %2 threads · BLAS %3</source>
        <translation>CPU · LibTorch %1 · %2 Threads · BLAS %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="64"/>
        <source>%n CUDA device(s)</source>
        <translation>
            <numerusform>%n CUDA-Gerät</numerusform>
            <numerusform>%n CUDA-Geräte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="100"/>
        <source>Reading corpus…</source>
        <translation>Korpus wird gelesen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="126"/>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="163"/>
        <source>Store: %1 (read-only: runs are shown, nothing can be recorded)</source>
        <translation>Speicher: %1 (schreibgeschützt: Runs werden angezeigt, nichts kann aufgezeichnet werden)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="219"/>
        <source>evaluating…</source>
        <translation>wird ausgewertet…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="561"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="243"/>
        <source>%1 of %2 sentences · %3 left</source>
        <translation>%1 von %2 Sätzen · noch %3</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="244"/>
        <source>%1 of %2 sentences</source>
        <translation>%1 von %2 Sätzen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="256"/>
        <source>Evaluated: NELBO ≤ %1 ± %2 nats/token, perplexity per word ≤ %3 (stored with the run)</source>
        <translation>Ausgewertet: NELBO ≤ %1 ± %2 nats/Token, Perplexität je Wort ≤ %3 (beim Run gespeichert)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="257"/>
        <source>Evaluated (not a bound): NELBO ≈ %1 ± %2 nats/token, perplexity per word ≈ %3 (stored with the run)</source>
        <translation>Ausgewertet (keine Schranke): NELBO ≈ %1 ± %2 nats/Token, Perplexität je Wort ≈ %3 (beim Run gespeichert)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="265"/>
        <source>Evaluation: %1</source>
        <translation>Auswertung: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="531"/>
        <source>DiffusionBERT Workbench</source>
        <translation>DiffusionBERT Workbench</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="532"/>
        <location filename="../app/mainwindow.cpp" line="609"/>
        <source>%1 — DiffusionBERT Workbench</source>
        <translation>%1 — DiffusionBERT Workbench</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="533"/>
        <source>&amp;Open Corpus…</source>
        <translation>Korpus ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="534"/>
        <source>Read a corpus (one sentence per line, or DiffuSeq jsonl)</source>
        <translation>Ein Korpus lesen (ein Satz pro Zeile oder DiffuSeq-jsonl)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="535"/>
        <source>Open &amp;Demo Corpus</source>
        <translation>&amp;Demo-Korpus öffnen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="536"/>
        <source>The bundled Brown corpus</source>
        <translation>Das mitgelieferte Brown-Korpus</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="537"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="538"/>
        <source>&amp;About DiffusionBERT Workbench</source>
        <translation>Ü&amp;ber DiffusionBERT Workbench</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="539"/>
        <source>&amp;New Experiment…</source>
        <translation>&amp;Neues Experiment…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="540"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="541"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="542"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="543"/>
        <source>Stop training after this step and write a checkpoint</source>
        <translation>Training nach diesem Schritt beenden und einen Checkpoint schreiben</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="544"/>
        <source>Open Run &amp;Store…</source>
        <translation>Run-&amp;Speicher öffnen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="545"/>
        <source>Show the runs of another store (dbw --store PATH writes to one)</source>
        <translation>Die Runs eines anderen Speichers anzeigen (dbw --store PATH schreibt in einen)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="546"/>
        <source>Evaluate…</source>
        <translation>Auswerten…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="547"/>
        <source>Bound the selected run&apos;s likelihood on a split with the ELBO of its reverse chain</source>
        <translation>Die Likelihood des gewählten Runs auf einem Split mit dem ELBO seiner Rückwärtskette schranken</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="548"/>
        <source>Clone Run…</source>
        <translation>Run klonen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="549"/>
        <source>A new experiment with the selected run&apos;s config</source>
        <translation>Ein neues Experiment mit der Konfiguration des ausgewählten Runs</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="550"/>
        <source>Resume Run</source>
        <translation>Run fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="553"/>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="554"/>
        <source>Denoise</source>
        <translation>Entrauschen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="555"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="556"/>
        <source>Corpus</source>
        <translation>Korpus</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="558"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="559"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="560"/>
        <source>System Default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="562"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="563"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="563"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="563"/>
        <source>Lines:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="563"/>
        <source>Words:</source>
        <translation>Wörter:</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="564"/>
        <source>Characters:</source>
        <translation>Zeichen:</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="564"/>
        <source>Length:</source>
        <translation>Länge:</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="564"/>
        <source>Content hash:</source>
        <translation>Inhalts-Hash:</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="568"/>
        <source>No corpus</source>
        <translation>Kein Korpus</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="164"/>
        <source>Store: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="118"/>
        <source>Training run #%1: step %2 of %3, loss %4, %5 tokens/s</source>
        <translation>Training von Run #%1: Schritt %2 von %3, Loss %4, %5 Token/s</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="128"/>
        <source>Run #%1 %2; checkpoint %3</source>
        <translation>Run #%1: %2; Checkpoint %3</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="283"/>
        <source>Open Run Store</source>
        <translation>Run-Speicher öffnen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="284"/>
        <source>Run stores (*.sqlite *.db);;All files (*)</source>
        <translation>Run-Speicher (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="306"/>
        <source>Cannot clone the run: %1</source>
        <translation>Der Run kann nicht geklont werden: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="316"/>
        <source>The selected run has no checkpoint on disk to resume from.</source>
        <translation>Der ausgewählte Run hat keinen Checkpoint auf der Festplatte, von dem aus er fortgesetzt werden kann.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="321"/>
        <source>Cannot resume the run: %1</source>
        <translation>Der Run kann nicht fortgesetzt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="551"/>
        <source>Continue the selected stopped, failed or interrupted run from its last checkpoint, as a new run</source>
        <translation>Den ausgewählten gestoppten, fehlgeschlagenen oder unterbrochenen Run ab seinem letzten Checkpoint als neuen Run fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="591"/>
        <source>DiffuSeq jsonl (src → trg)</source>
        <translation>DiffuSeq-jsonl (src → trg)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="592"/>
        <source>plain text, one sentence per line</source>
        <translation>Klartext, ein Satz pro Zeile</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="594"/>
        <source>%1 (%2 sentences, %3 blank)</source>
        <translation>%1 (%2 Sätze, %3 leer)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="600"/>
        <source>min %1 · median %2 · mean %3 · max %4 words</source>
        <translation>min. %1 · Median %2 · Mittel %3 · max. %4 Wörter</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="608"/>
        <source>words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="610"/>
        <source>Read %1 sentences in %2 s</source>
        <translation>%1 Sätze in %2 s gelesen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="98"/>
        <location filename="../app/mainwindow.cpp" line="640"/>
        <source>Could not read the corpus: %1</source>
        <translation>Das Korpus konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="626"/>
        <source>Open Corpus</source>
        <translation>Korpus öffnen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="627"/>
        <source>Corpora (*.txt *.jsonl);;All files (*)</source>
        <translation>Korpora (*.txt *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="647"/>
        <source>About DiffusionBERT Workbench</source>
        <translation>Über DiffusionBERT Workbench</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="648"/>
        <source>&lt;h3&gt;DiffusionBERT Workbench&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;A workbench for absorbing-state discrete diffusion language models (DiffusionBERT, He et al. 2022).&lt;/p&gt;&lt;p&gt;Demo corpus: the Brown Corpus (W. N. Francis and H. Kučera, 1964/1979).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DiffusionBERT Workbench&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Eine Werkbank für diskrete Diffusions-Sprachmodelle mit absorbierendem Zustand (DiffusionBERT, He et al. 2022).&lt;/p&gt;&lt;p&gt;Demo-Korpus: das Brown-Korpus (W. N. Francis and H. Kučera, 1964/1979).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MetricChart</name>
    <message>
        <location filename="../widgets/metricchart.cpp" line="71"/>
        <source>Reset Zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <location filename="../widgets/metricchart.cpp" line="72"/>
        <source>Export PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/metricchart.cpp" line="73"/>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/metricchart.cpp" line="73"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/metricchart.cpp" line="77"/>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/metricchart.cpp" line="78"/>
        <source>Export Data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/metricchart.cpp" line="78"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/metricchart.cpp" line="277"/>
        <source> (raw)</source>
        <translation> (roh)</translation>
    </message>
    <message>
        <location filename="../widgets/metricchart.cpp" line="91"/>
        <location filename="../widgets/metricchart.cpp" line="310"/>
        <source>%1: no points yet</source>
        <translation>%1: noch keine Punkte</translation>
    </message>
    <message>
        <location filename="../widgets/metricchart.cpp" line="431"/>
        <source>%1 at %2: %3</source>
        <translation>%1 bei %2: %3</translation>
    </message>
    <message>
        <location filename="../widgets/metricchart.cpp" line="433"/>
        <source> (smoothed %1)</source>
        <translation> (geglättet %1)</translation>
    </message>
    <message>
        <location filename="../widgets/metricchart.cpp" line="435"/>
        <source>, range %1 to %2</source>
        <translation>, Bereich %1 bis %2</translation>
    </message>
</context>
<context>
    <name>NewExperimentDialog</name>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="64"/>
        <source>New Experiment</source>
        <translation>Neues Experiment</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="81"/>
        <source>Start from</source>
        <translation>Ausgangspunkt</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="82"/>
        <source>CPU demo (a real tiny run in a minute or two)</source>
        <translation>CPU-Demo (ein echter Mini-Run in ein bis zwei Minuten)</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="83"/>
        <source>CPU seq2seq demo (restore word order: target given source)</source>
        <translation>CPU-seq2seq-Demo (Wortstellung wiederherstellen: Ziel zur Quelle)</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="84"/>
        <source>Paper recipe (LM1B, bert-base, GPU)</source>
        <translation>Rezept aus dem Paper (LM1B, bert-base, GPU)</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="85"/>
        <source>Preset:</source>
        <translation>Voreinstellung:</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="87"/>
        <source>Run name:</source>
        <translation>Run-Name:</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="89"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="91"/>
        <source>Training corpus:</source>
        <translation>Trainingskorpus:</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="91"/>
        <location filename="../app/newexperimentdialog.cpp" line="94"/>
        <source>Corpora (*.txt *.jsonl)</source>
        <translation>Korpora (*.txt *.jsonl)</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="93"/>
        <source>empty: hold out 1% of the training corpus</source>
        <translation>leer: 1 % des Trainingskorpus zurückhalten</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="94"/>
        <source>Validation corpus:</source>
        <translation>Validierungskorpus:</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="96"/>
        <source>language model: every text a sentence</source>
        <translation>Sprachmodell: jeder Text ein Satz</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="97"/>
        <source>sequence to sequence: the jsonl target given its source</source>
        <translation>Sequenz zu Sequenz: das jsonl-Ziel zu seiner Quelle</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="98"/>
        <source>seq2seq (DiffuSeq): the network reads [CLS] src [SEP] trg [SEP]; only the target is noised, scored and generated, the source is always clean. Needs a jsonl corpus with &quot;src&quot; and &quot;trg&quot;.</source>
        <translation>seq2seq (DiffuSeq): Das Netz liest [CLS] src [SEP] trg [SEP]; nur das Ziel wird verrauscht, bewertet und erzeugt, die Quelle bleibt stets sauber. Braucht ein jsonl-Korpus mit &quot;src&quot; und &quot;trg&quot;.</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="100"/>
        <source>Task:</source>
        <translation>Aufgabe:</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="102"/>
        <source>Longer sentences are cut; for seq2seq, pairs whose source [SEP] target is longer are skipped (and counted), never cut.</source>
        <translation>Längere Sätze werden gekürzt; bei seq2seq werden Paare, deren Quelle [SEP] Ziel länger ist, übersprungen (und gezählt), nie gekürzt.</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="104"/>
        <source>Max tokens per sentence:</source>
        <translation>Max. Token pro Satz:</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="106"/>
        <source>Tokenizer</source>
        <translation>Tokenizer</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="108"/>
        <source>empty: train a SentencePiece model on the corpus</source>
        <translation>leer: ein SentencePiece-Modell auf dem Korpus trainieren</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="109"/>
        <source>Load:</source>
        <translation>Laden:</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="109"/>
        <source>Tokenizers (*.model vocab.txt *.txt)</source>
        <translation>Tokenizer (*.model vocab.txt *.txt)</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="111"/>
        <source>Or train, vocabulary:</source>
        <translation>Oder trainieren, Vokabular:</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="113"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="115"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="117"/>
        <source>none: time-agnostic (TAD, the paper&apos;s best); layerwise: LTE; prefix: PTE; adaln: adaptive LayerNorm</source>
        <translation>none: zeitagnostisch (TAD, im Paper am besten); layerwise: LTE; prefix: PTE; adaln: adaptive LayerNorm</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="118"/>
        <source>Time design:</source>
        <translation>Zeitdesign:</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="120"/>
        <source>Dropout:</source>
        <translation>Dropout:</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="122"/>
        <source>A pretrained BERT to start from: a Hugging Face folder (config.json, model.safetensors or pytorch_model.bin, vocab.txt) or one of our checkpoints. Its sizes and tokenizer are used; the time design&apos;s own parts start fresh.</source>
        <translation>Ein vortrainiertes BERT als Start: ein Hugging-Face-Ordner (config.json, model.safetensors oder pytorch_model.bin, vocab.txt) oder einer unserer Checkpoints. Seine Größen und sein Tokenizer werden übernommen; die eigenen Teile des Zeitdesigns beginnen neu.</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="125"/>
        <source>Initialise from:</source>
        <translation>Initialisieren aus:</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="127"/>
        <source>Diffusion</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="129"/>
        <source>Steps T:</source>
        <translation>Schritte T:</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="130"/>
        <source>continuous time (MDLM)</source>
        <translation>kontinuierliche Zeit (MDLM)</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="134"/>
        <source>Schedule:</source>
        <translation>Schedule:</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="136"/>
        <source>Spindle base:</source>
        <translation>Spindle-Basis:</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="138"/>
        <source>Spindle lambda:</source>
        <translation>Spindle-Lambda:</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="140"/>
        <source>d3pm-hybrid: the paper&apos;s; nelbo: continuous-time MDLM; mlm: BERT&apos;s masked language model, to pretrain a plain BERT to start diffusion runs from</source>
        <translation>d3pm-hybrid: die des Papers; nelbo: MDLM in kontinuierlicher Zeit; mlm: BERTs Masked Language Model, um ein einfaches BERT vorzutrainieren, von dem Diffusions-Runs starten</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="142"/>
        <source>Objective:</source>
        <translation>Zielfunktion:</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="144"/>
        <source>Hybrid lambda:</source>
        <translation>Hybrid-Lambda:</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="146"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="148"/>
        <source>Batch:</source>
        <translation>Batch:</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="150"/>
        <source>Accumulation:</source>
        <translation>Akkumulation:</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="152"/>
        <source>Learning rate:</source>
        <translation>Lernrate:</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="154"/>
        <source>Warm-up steps:</source>
        <translation>Warm-up-Schritte:</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="156"/>
        <source>Decay:</source>
        <translation>Abklingen:</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="158"/>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="160"/>
        <source>Clipping:</source>
        <translation>Clipping:</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="162"/>
        <source>Validate every:</source>
        <translation>Validieren alle:</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="164"/>
        <source>Sample every:</source>
        <translation>Samplen alle:</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="166"/>
        <source>Checkpoint every:</source>
        <translation>Checkpoint alle:</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="168"/>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="170"/>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="172"/>
        <source>all cores</source>
        <translation>alle Kerne</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="173"/>
        <source>Threads:</source>
        <translation>Threads:</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="176"/>
        <source>Data parallel: this many local processes train one model, each on its share of every batch (dbw train --nproc). The batch size is the batch of all of them together; the threads are per process (all cores: the cores shared out).</source>
        <translation>Datenparallel: so viele lokale Prozesse trainieren ein Modell, jeder mit seinem Anteil an jedem Batch (dbw train --nproc). Die Batchgröße ist der Batch aller zusammen; die Threads gelten je Prozess (alle Kerne: die Kerne werden aufgeteilt).</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="179"/>
        <source>Processes:</source>
        <translation>Prozesse:</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="181"/>
        <source>Precision:</source>
        <translation>Präzision:</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="188"/>
        <source>For the spindle, the band spans token offsets from -0.75 to +0.25, a typical range: the run computes each token&apos;s offset from the corpus.</source>
        <translation>Für den Spindle-Schedule reicht das Band von Token-Offsets -0,75 bis +0,25, ein typischer Bereich: Der Run berechnet den Offset jedes Tokens aus dem Korpus.</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="194"/>
        <source>Start Training</source>
        <translation>Training starten</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="195"/>
        <source>Load…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="196"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="203"/>
        <source>Load Config</source>
        <translation>Konfiguration laden</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="203"/>
        <location filename="../app/newexperimentdialog.cpp" line="209"/>
        <source>Configs (*.json)</source>
        <translation>Konfigurationen (*.json)</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="209"/>
        <source>Save Config</source>
        <translation>Konfiguration speichern</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="258"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="259"/>
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="259"/>
        <source>Choose a folder</source>
        <translation>Einen Ordner wählen</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="262"/>
        <source>Choose Folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="263"/>
        <source>Choose File</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="302"/>
        <source>the paper starts from bert-base-uncased: choose its Hugging Face folder</source>
        <translation>das Paper startet von bert-base-uncased: seinen Hugging-Face-Ordner wählen</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="303"/>
        <source>empty: random weights</source>
        <translation>leer: zufällige Gewichte</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="379"/>
        <source>choose %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="384"/>
        <source>no such file</source>
        <translation>Datei existiert nicht</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="386"/>
        <source>not a readable file</source>
        <translation>keine lesbare Datei</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="388"/>
        <source>a training corpus</source>
        <translation>ein Trainingskorpus</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="393"/>
        <source>expected a SentencePiece .model or a BERT vocab.txt</source>
        <translation>erwartet: SentencePiece-.model oder BERT-vocab.txt</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="395"/>
        <source>give the run a name</source>
        <translation>geben Sie dem Run einen Namen</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="398"/>
        <source>the batch of %1 is shared by the processes: at most %1</source>
        <translation>der Batch von %1 wird auf die Prozesse aufgeteilt: höchstens %1</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="401"/>
        <source>seq2seq needs a jsonl corpus with &quot;src&quot; and &quot;trg&quot; per line</source>
        <translation>seq2seq braucht ein jsonl-Korpus mit &quot;src&quot; und &quot;trg&quot; in jeder Zeile</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="405"/>
        <source>not a model folder (it has no config.json)</source>
        <translation>kein Modellordner (er hat keine config.json)</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="407"/>
        <source>a run initialised from a pretrained model uses its tokenizer: leave this empty</source>
        <translation>ein aus einem vortrainierten Modell initialisierter Run nutzt dessen Tokenizer: leer lassen</translation>
    </message>
</context>
<context>
    <name>RevealGrid</name>
    <message>
        <location filename="../widgets/revealgrid.cpp" line="89"/>
        <source>No trajectory</source>
        <translation>Keine Trajektorie</translation>
    </message>
    <message>
        <location filename="../widgets/revealgrid.cpp" line="102"/>
        <source>position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../widgets/revealgrid.cpp" line="104"/>
        <source>step 1</source>
        <translation>Schritt 1</translation>
    </message>
    <message>
        <location filename="../widgets/revealgrid.cpp" line="134"/>
        <source>Position %1: revealed at step %2 (pointer at step %3)</source>
        <translation>Position %1: aufgedeckt in Schritt %2 (Zeiger bei Schritt %3)</translation>
    </message>
</context>
<context>
    <name>RunCheckpoints</name>
    <message>
        <location filename="../app/runcheckpoints.cpp" line="27"/>
        <source>best · step %1</source>
        <translation>bestes · Schritt %1</translation>
    </message>
    <message>
        <location filename="../app/runcheckpoints.cpp" line="28"/>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location filename="../app/runcheckpoints.cpp" line="31"/>
        <source> · validation NELBO %1 nats/token</source>
        <translation> · Validierungs-NELBO %1 nats/Token</translation>
    </message>
</context>
<context>
    <name>RunHistoryPanel</name>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="57"/>
        <source>Filter runs</source>
        <translation>Runs filtern</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="58"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="195"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="195"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="195"/>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="195"/>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="195"/>
        <source>Time design</source>
        <translation>Zeitdesign</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="201"/>
        <location filename="../app/runhistorypanel.cpp" line="205"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="206"/>
        <source>Created from</source>
        <translation>Erstellt ab</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="207"/>
        <source>Created to</source>
        <translation>Erstellt bis</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="208"/>
        <source>Show archived runs</source>
        <translation>Archivierte Runs anzeigen</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="290"/>
        <source>Add Metric Column</source>
        <translation>Metrikspalte hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="294"/>
        <source>%1 (best)</source>
        <translation>%1 (Bestwert)</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="294"/>
        <source>%1 (last)</source>
        <translation>%1 (Endwert)</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="303"/>
        <source>Remove This Metric Column</source>
        <translation>Diese Metrikspalte entfernen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/runhistorypanel.cpp" line="318"/>
        <source>Compare %n Run(s)</source>
        <translation>
            <numerusform>%n Run vergleichen</numerusform>
            <numerusform>%n Runs vergleichen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="323"/>
        <source>Unarchive</source>
        <translation>Aus dem Archiv holen</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="323"/>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="327"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="329"/>
        <source>Export Config (JSON)…</source>
        <translation>Konfiguration exportieren (JSON)…</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="333"/>
        <source>Export Config</source>
        <translation>Konfiguration exportieren</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="334"/>
        <source>Configs (*.json)</source>
        <translation>Konfigurationen (*.json)</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="350"/>
        <source>Could not change the run store: %1</source>
        <translation>Der Run-Speicher konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="372"/>
        <source>A run that is training cannot be deleted; stop it first.</source>
        <translation>Ein Run, der gerade trainiert, kann nicht gelöscht werden; stoppen Sie ihn zuerst.</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="380"/>
        <source>Run %1 &apos;%2&apos; is being written by process %3 on %4; stop it first. Nothing was deleted.</source>
        <translation>Run %1 &apos;%2&apos; wird von Prozess %3 auf %4 geschrieben; zuerst stoppen. Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="397"/>
        <source>%1 also holds the checkpoints of run %2; delete that run too, or keep the files.</source>
        <translation>%1 enthält auch die Checkpoints von Run %2; löschen Sie diesen Run ebenfalls oder behalten Sie die Dateien.</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="413"/>
        <source>The runs were deleted from the store, but these folders could not be removed: %1</source>
        <translation>Die Runs wurden aus dem Speicher gelöscht, aber diese Ordner konnten nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="415"/>
        <source>Could not delete: %1</source>
        <translation>Löschen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="434"/>
        <source>Delete Runs</source>
        <translation>Runs löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/runhistorypanel.cpp" line="435"/>
        <source>Delete %n run(s) from the run store: %1?
Their metrics, samples, evaluations and trajectories are removed; this cannot be undone.</source>
        <translation>
            <numerusform>%n Run aus dem Run-Speicher löschen: %1?
Seine Metriken, Samples, Auswertungen und Trajektorien werden entfernt; dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Runs aus dem Run-Speicher löschen: %1?
Ihre Metriken, Samples, Auswertungen und Trajektorien werden entfernt; dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="439"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="441"/>
        <source>Also delete the run folders on disk (%1)</source>
        <translation>Auch die Run-Ordner auf der Festplatte löschen (%1)</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="441"/>
        <source>none known</source>
        <translation>keine bekannt</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="457"/>
        <source>The run is no longer in the store.</source>
        <translation>Der Run ist nicht mehr im Speicher.</translation>
    </message>
</context>
<context>
    <name>RunListModel</name>
    <message>
        <location filename="../app/runlistmodel.cpp" line="230"/>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="257"/>
        <source>%1 (best)</source>
        <translation>%1 (Bestwert)</translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="257"/>
        <source>%1 (last)</source>
        <translation>%1 (Endwert)</translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="260"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="261"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="262"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="263"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="264"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="265"/>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="266"/>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="267"/>
        <source>Time design</source>
        <translation>Zeitdesign</translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="310"/>
        <source>Could not save to the run store: %1</source>
        <translation>Speichern im Run-Speicher fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="268"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../app/runpage.cpp" line="106"/>
        <location filename="../app/runpage.cpp" line="279"/>
        <source>Select a run, or start one with New Experiment.</source>
        <translation>Wählen Sie einen Run aus oder starten Sie einen mit „Neues Experiment“.</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="139"/>
        <source>x axis:</source>
        <translation>x-Achse:</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="140"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="141"/>
        <source>wall time (s)</source>
        <translation>Laufzeit (s)</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="142"/>
        <source>tokens seen</source>
        <translation>verarbeitete Token</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="143"/>
        <source>smoothing:</source>
        <translation>Glättung:</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="144"/>
        <source>log y</source>
        <translation>y logarithmisch</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="145"/>
        <source>Steps whose loss or gradient was not finite; their update was skipped</source>
        <translation>Schritte mit nicht endlichem Loss oder Gradienten; ihr Update wurde übersprungen</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="176"/>
        <source>Training loss (nats/sentence)</source>
        <translation>Trainings-Loss (nats/Satz)</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="177"/>
        <source>NELBO (nats/token)</source>
        <translation>NELBO (nats/Token)</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="178"/>
        <source>Perplexity bound per token</source>
        <translation>Perplexity-Schranke pro Token</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="179"/>
        <source>Perplexity bound per word (paper)</source>
        <translation>Perplexity-Schranke pro Wort (Paper)</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="181"/>
        <source>Gradient norm (before clipping)</source>
        <translation>Gradientennorm (vor dem Clipping)</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="182"/>
        <source>Throughput (tokens/s)</source>
        <translation>Durchsatz (Token/s)</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="183"/>
        <source>Skipped steps (non-finite loss or gradient)</source>
        <translation>Übersprungene Schritte (nicht endlicher Loss oder Gradient)</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="187"/>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="187"/>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="180"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="86"/>
        <source>Train the Demo Model</source>
        <translation>Demo-Modell trainieren</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="93"/>
        <source>New Experiment…</source>
        <translation>Neues Experiment…</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="230"/>
        <source>Evaluated step %1 on %2 (s = %3 of T = %4, %5, %6 sentences): NELBO %7 %8 ± %9 nats/token, perplexity per word %7 %10</source>
        <translation>Schritt %1 ausgewertet auf %2 (s = %3 von T = %4, %5, %6 Sätze): NELBO %7 %8 ± %9 nats/Token, Perplexität je Wort %7 %10</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="240"/>
        <source> (not a bound: %1)</source>
        <translation> (keine Schranke: %1)</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="260"/>
        <source>Training loss (mlm, BERT&apos;s masked language model): the cross-entropy of the 15% chosen tokens (80% masked, 10% random, 10% kept), per sentence. It is not a bound: the NELBO chart shows the model as a diffusion denoiser.</source>
        <translation>Trainings-Loss (mlm, BERTs Masked Language Model): die Kreuzentropie der 15 % ausgewählten Token (80 % maskiert, 10 % zufällig, 10 % unverändert), je Satz. Er ist keine Schranke: das NELBO-Diagramm zeigt das Modell als Diffusions-Denoiser.</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="264"/>
        <source>Training loss (nelbo, MDLM): the continuous-time NELBO of each sentence at one sampled time, a weighted cross-entropy over its masked tokens. Its mean over time is the bound in the NELBO chart.</source>
        <translation>Trainings-Loss (nelbo, MDLM): der zeitkontinuierliche NELBO jedes Satzes zu einem gezogenen Zeitpunkt, eine gewichtete Kreuzentropie über seine maskierten Token. Sein Mittel über die Zeit ist die Schranke im NELBO-Diagramm.</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="266"/>
        <source>Training loss (d3pm-hybrid, the paper&apos;s): the KL between the true and the model&apos;s posterior at one sampled step t (the cross-entropy at the first step), plus λ = %1 times the cross-entropy of every real token, per sentence. It is not a bound: compare runs by the NELBO chart.</source>
        <translation>Trainings-Loss (d3pm-hybrid, wie im Paper): die KL-Divergenz zwischen wahrer und Modell-Posterior in einem gezogenen Schritt t (im ersten Schritt die Kreuzentropie), plus λ = %1 mal die Kreuzentropie aller echten Token, je Satz. Er ist keine Schranke: Vergleichen Sie Runs im NELBO-Diagramm.</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="291"/>
        <source>Select a run on the left to see its charts and samples, or start another.</source>
        <translation>Wählen Sie links einen Run, um seine Diagramme und Samples zu sehen, oder starten Sie einen weiteren.</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="292"/>
        <source>&lt;p&gt;&lt;b&gt;No runs yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Train the demo model: a small DiffusionBERT with the spindle schedule on the bundled Brown corpus, a minute or two on two cores. Its loss and perplexity appear here live; once it has a checkpoint, the Denoise page generates from it step by step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine Runs.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Trainieren Sie das Demo-Modell: ein kleines DiffusionBERT mit Spindle-Schedule auf dem mitgelieferten Brown-Korpus, ein bis zwei Minuten auf zwei Kernen. Loss und Perplexität erscheinen hier live; sobald es einen Checkpoint hat, generiert die Seite „Entrauschen“ daraus Schritt für Schritt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="330"/>
        <source>interrupted: its process stopped without finishing (Resume Run continues it from its last checkpoint)</source>
        <translation>unterbrochen: sein Prozess endete, ohne fertig zu werden (Run fortsetzen setzt ihn ab seinem letzten Checkpoint fort)</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="332"/>
        <source>%1 by process %2 on %3</source>
        <translation>%1 von Prozess %2 auf %3</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="335"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 · created %3 · model %4, %5 schedule, time design %6, objective %7 · seed %8 · %9 threads, BLAS %10 · code %11</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 · erstellt %3 · Modell %4, Schedule %5, Zeitdesign %6, Zielfunktion %7 · Seed %8 · %9 Threads, BLAS %10 · Code %11</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="355"/>
        <source>step %1 of %2 · finished</source>
        <translation>Schritt %1 von %2 · fertig</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="357"/>
        <source>step %1 of %2 · %3 left</source>
        <translation>Schritt %1 von %2 · noch %3</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="359"/>
        <source>step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/runpage.cpp" line="378"/>
        <source>⚠ %n skipped step(s)</source>
        <translation>
            <numerusform>⚠ %n übersprungener Schritt</numerusform>
            <numerusform>⚠ %n übersprungene Schritte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="378"/>
        <source>no skipped steps</source>
        <translation>keine übersprungenen Schritte</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="388"/>
        <source>Cannot read the run: %1</source>
        <translation>Der Run kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>RunProgress</name>
    <message>
        <location filename="../app/runprogress.h" line="40"/>
        <source>under a second</source>
        <translation>unter einer Sekunde</translation>
    </message>
    <message>
        <location filename="../app/runprogress.h" line="43"/>
        <source>about %1 s</source>
        <translation>etwa %1 s</translation>
    </message>
    <message>
        <location filename="../app/runprogress.h" line="45"/>
        <source>about %1 min %2 s</source>
        <translation>etwa %1 min %2 s</translation>
    </message>
    <message>
        <location filename="../app/runprogress.h" line="46"/>
        <source>about %1 h %2 min</source>
        <translation>etwa %1 h %2 min</translation>
    </message>
</context>
<context>
    <name>SamplerSummary</name>
    <message>
        <location filename="../app/samplersummary.cpp" line="17"/>
        <source>prompt “%1”</source>
        <translation>Prompt „%1“</translation>
    </message>
    <message>
        <location filename="../app/samplersummary.cpp" line="21"/>
        <source>step size %1</source>
        <translation>Schrittweite %1</translation>
    </message>
    <message>
        <location filename="../app/samplersummary.cpp" line="23"/>
        <source>temperature %1</source>
        <translation>Temperatur %1</translation>
    </message>
    <message>
        <location filename="../app/samplersummary.cpp" line="25"/>
        <source>top-k %1</source>
        <translation>Top-k %1</translation>
    </message>
    <message>
        <location filename="../app/samplersummary.cpp" line="27"/>
        <source>top-p %1</source>
        <translation>Top-p %1</translation>
    </message>
</context>
<context>
    <name>SamplesModel</name>
    <message>
        <location filename="../app/runpage.cpp" line="57"/>
        <source>step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
</context>
<context>
    <name>SamplingController</name>
    <message>
        <location filename="../app/samplingcontroller.cpp" line="42"/>
        <source>Sampling cancelled.</source>
        <translation>Sampling abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/samplingcontroller.cpp" line="44"/>
        <source>The samples are shown but could not be saved to the run store: %1</source>
        <translation>Die Samples werden angezeigt, konnten aber nicht im Run-Speicher gesichert werden: %1</translation>
    </message>
</context>
<context>
    <name>ScheduleChart</name>
    <message>
        <location filename="../widgets/schedulechart.cpp" line="47"/>
        <source>most to least informative token</source>
        <translation>vom informativsten zum am wenigsten informativen Token</translation>
    </message>
    <message>
        <location filename="../widgets/schedulechart.cpp" line="55"/>
        <source>keep probability (base)</source>
        <translation>Behaltenswahrscheinlichkeit (Basis)</translation>
    </message>
    <message>
        <location filename="../widgets/schedulechart.cpp" line="75"/>
        <source>Keep probability over time</source>
        <translation>Behaltenswahrscheinlichkeit im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../widgets/schedulechart.cpp" line="78"/>
        <source>t / T</source>
        <translation>t / T</translation>
    </message>
    <message>
        <location filename="../widgets/schedulechart.cpp" line="81"/>
        <source>alpha</source>
        <translation>alpha</translation>
    </message>
</context>
<context>
    <name>TrainingController</name>
    <message>
        <location filename="../app/trainingcontroller.cpp" line="76"/>
        <source>cannot write the run config for the processes: %1</source>
        <translation>die Laufkonfiguration für die Prozesse lässt sich nicht schreiben: %1</translation>
    </message>
    <message>
        <location filename="../app/trainingcontroller.cpp" line="105"/>
        <source>dbw train crashed</source>
        <translation>dbw train ist abgestürzt</translation>
    </message>
    <message>
        <location filename="../app/trainingcontroller.cpp" line="105"/>
        <source>dbw train exited with status %1</source>
        <translation>dbw train endete mit Status %1</translation>
    </message>
    <message>
        <location filename="../app/trainingcontroller.cpp" line="117"/>
        <source>cannot start %1: %2</source>
        <translation>%1 lässt sich nicht starten: %2</translation>
    </message>
    <message>
        <location filename="../app/trainingcontroller.cpp" line="119"/>
        <source>starting %1 processes</source>
        <translation>starte %1 Prozesse</translation>
    </message>
</context>
<context>
    <name>TrajectoryFrames</name>
    <message>
        <location filename="../app/trajectoryframes.cpp" line="78"/>
        <source>&lt;b&gt;%1&lt;/b&gt; fixed by the prompt</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; vom Prompt festgelegt</translation>
    </message>
    <message>
        <location filename="../app/trajectoryframes.cpp" line="83"/>
        <source>&lt;b&gt;%1&lt;/b&gt; revealed at step %2 with p = %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; aufgedeckt in Schritt %2 mit p = %3</translation>
    </message>
    <message>
        <location filename="../app/trajectoryframes.cpp" line="88"/>
        <source>Masked until step %1</source>
        <translation>Maskiert bis Schritt %1</translation>
    </message>
    <message>
        <location filename="../app/trajectoryframes.cpp" line="92"/>
        <source>The network has not run for this position yet.</source>
        <translation>Das Netz wurde für diese Position noch nicht ausgewertet.</translation>
    </message>
    <message>
        <location filename="../app/trajectoryframes.cpp" line="93"/>
        <source>Top alternatives at step %1:</source>
        <translation>Beste Alternativen in Schritt %1:</translation>
    </message>
    <message>
        <location filename="../app/trajectoryframes.cpp" line="105"/>
        <source>Frame 0 of %1 · t = %2 · α = 0 · %3 masks · nothing revealed yet</source>
        <translation>Bild 0 von %1 · t = %2 · α = 0 · %3 Masken · noch nichts aufgedeckt</translation>
    </message>
    <message>
        <location filename="../app/trajectoryframes.cpp" line="111"/>
        <source>Frame %1 of %2 · t = %3 · α = %4 · %5 masks left · %6 revealed this step · network ran for %7 of %8 samples%9</source>
        <translation>Bild %1 von %2 · t = %3 · α = %4 · %5 Masken übrig · %6 in diesem Schritt aufgedeckt · Netz lief für %7 von %8 Samples%9</translation>
    </message>
    <message>
        <location filename="../app/trajectoryframes.cpp" line="120"/>
        <source> (the others served from the cache or already complete)</source>
        <translation> (die übrigen aus dem Cache bedient oder bereits vollständig)</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <location filename="../app/translations.cpp" line="40"/>
        <source>Qt&apos;s own texts for %1 are not installed in %2 (Debian package qt6-translations-l10n)</source>
        <translation>Qts eigene Texte für %1 sind in %2 nicht installiert (Debian-Paket qt6-translations-l10n)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="40"/>
        <source>Workbench for discrete diffusion language models.</source>
        <translation>Werkbank für diskrete Diffusions-Sprachmodelle.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="45"/>
        <source>Corpus to open (default: the bundled demo corpus).</source>
        <translation>Zu öffnendes Korpus (Standard: das mitgelieferte Demo-Korpus).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="26"/>
        <source>LibTorch threads (default: all cores).</source>
        <translation>LibTorch-Threads (Standard: alle Kerne).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="30"/>
        <source>Open a recorded reverse process (dbw sample --trajectory) in the denoising viewer.</source>
        <translation>Einen aufgezeichneten Rückwärtsprozess (dbw sample --trajectory) im Entrauschungs-Viewer öffnen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="34"/>
        <source>Write a PNG of each page, from the store&apos;s newest runs, into FOLDER and quit.</source>
        <translation>Ein PNG jeder Seite aus den neuesten Runs des Speichers in FOLDER schreiben und beenden.</translation>
    </message>
</context>
</TS>
