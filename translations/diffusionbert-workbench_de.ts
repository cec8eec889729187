<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>HistogramChart</name>
    <message>
        <location filename="../widgets/histogramchart.cpp" line="96"/>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <location filename="../widgets/histogramchart.cpp" line="96"/>
        <source>Length (%1) per sentence</source>
        <translation>Länge (%1) je Satz</translation>
    </message>
    <message>
        <location filename="../widgets/histogramchart.cpp" line="100"/>
        <source>%1 (buckets of %2, lower edge shown)</source>
        <translation>%1 (Klassen zu %2, Untergrenze angezeigt)</translation>
    </message>
    <message>
        <location filename="../widgets/histogramchart.cpp" line="103"/>
        <source>sentences</source>
        <translation>Sätze</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="46"/>
        <source>CPU · LibTorch %1 · %2 threads · BLAS %3</source>
        <translation>CPU · LibTorch %1 · %2 Threads · BLAS %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="51"/>
        <source>%n CUDA device(s)</source>
        <translation>
            <numerusform>%n CUDA-Gerät</numerusform>
            <numerusform>%n CUDA-Geräte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="86"/>
        <source>Reading corpus…</source>
        <translation>Korpus wird gelesen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="101"/>
        <source>Training: step %1 of %2, loss %3, %4 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="108"/>
        <source>Training failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="110"/>
        <source>Training %1; checkpoint %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="282"/>
        <source>Filter runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="325"/>
        <source>DiffusionBERT Workbench</source>
        <translation>DiffusionBERT Workbench</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="326"/>
        <location filename="../app/mainwindow.cpp" line="391"/>
        <source>%1 — DiffusionBERT Workbench</source>
        <translation>%1 — DiffusionBERT Workbench</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="327"/>
        <source>&amp;Open Corpus…</source>
        <translation>Korpus ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="328"/>
        <source>Read a corpus (one sentence per line, or DiffuSeq jsonl)</source>
        <translation>Ein Korpus lesen (ein Satz pro Zeile oder DiffuSeq-jsonl)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="329"/>
        <source>Open &amp;Demo Corpus</source>
        <translation>&amp;Demo-Korpus öffnen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="330"/>
        <source>The bundled Brown corpus</source>
        <translation>Das mitgelieferte Brown-Korpus</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="331"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="332"/>
        <source>&amp;About DiffusionBERT Workbench</source>
        <translation>Ü&amp;ber DiffusionBERT Workbench</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="333"/>
        <source>&amp;New Experiment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="334"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="335"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="336"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="337"/>
        <source>Stop training after this step and write a checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="339"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="340"/>
        <source>Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="342"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="343"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="344"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="344"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="344"/>
        <source>Lines:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="344"/>
        <source>Words:</source>
        <translation>Wörter:</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="345"/>
        <source>Characters:</source>
        <translation>Zeichen:</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="345"/>
        <source>Length:</source>
        <translation>Länge:</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="345"/>
        <source>Content hash:</source>
        <translation>Inhalts-Hash:</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="349"/>
        <source>No corpus</source>
        <translation>Kein Korpus</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="354"/>
        <source>Store: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="373"/>
        <source>DiffuSeq jsonl (src → trg)</source>
        <translation>DiffuSeq-jsonl (src → trg)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="374"/>
        <source>plain text, one sentence per line</source>
        <translation>Klartext, ein Satz pro Zeile</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="376"/>
        <source>%1 (%2 sentences, %3 blank)</source>
        <translation>%1 (%2 Sätze, %3 leer)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="382"/>
        <source>min %1 · median %2 · mean %3 · max %4 words</source>
        <translation>min. %1 · Median %2 · Mittel %3 · max. %4 Wörter</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="390"/>
        <source>words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="392"/>
        <source>Read %1 sentences in %2 s</source>
        <translation>%1 Sätze in %2 s gelesen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="84"/>
        <location filename="../app/mainwindow.cpp" line="422"/>
        <source>Could not read the corpus: %1</source>
        <translation>Das Korpus konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="408"/>
        <source>Open Corpus</source>
        <translation>Korpus öffnen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="409"/>
        <source>Corpora (*.txt *.jsonl);;All files (*)</source>
        <translation>Korpora (*.txt *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="429"/>
        <source>About DiffusionBERT Workbench</source>
        <translation>Über DiffusionBERT Workbench</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="430"/>
        <source>&lt;h3&gt;DiffusionBERT Workbench&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;A workbench for absorbing-state discrete diffusion language models (DiffusionBERT, He et al. 2022).&lt;/p&gt;&lt;p&gt;Demo corpus: the Brown Corpus (W. N. Francis and H. Kučera, 1964/1979).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DiffusionBERT Workbench&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Eine Werkbank für diskrete Diffusions-Sprachmodelle mit absorbierendem Zustand (DiffusionBERT, He et al. 2022).&lt;/p&gt;&lt;p&gt;Demo-Korpus: das Brown-Korpus (W. N. Francis and H. Kučera, 1964/1979).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MetricChart</name>
    <message>
        <location filename="../widgets/metricchart.cpp" line="149"/>
        <source> (raw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricchart.cpp" line="158"/>
        <source>%1: no points yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewExperimentDialog</name>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="65"/>
        <source>New Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="82"/>
        <source>Start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="83"/>
        <source>CPU demo (a real tiny run in a minute or two)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="83"/>
        <source>Paper recipe (LM1B, bert-base, GPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="84"/>
        <source>Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="86"/>
        <source>Run name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="88"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="90"/>
        <source>Training corpus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="90"/>
        <location filename="../app/newexperimentdialog.cpp" line="93"/>
        <source>Corpora (*.txt *.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="92"/>
        <source>empty: hold out 1% of the training corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="93"/>
        <source>Validation corpus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="95"/>
        <source>Max tokens per sentence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="97"/>
        <source>Tokenizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="99"/>
        <source>empty: train a SentencePiece model on the corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="100"/>
        <source>Load:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="100"/>
        <source>Tokenizers (*.model vocab.txt *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="102"/>
        <source>Or train, vocabulary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="104"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="106"/>
        <source>Size:</source>
        <translation type="unfinished">Größe:</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="108"/>
        <source>none: time-agnostic (TAD, the paper&apos;s best); layerwise: LTE; prefix: PTE; adaln: adaptive LayerNorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="109"/>
        <source>Time design:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="111"/>
        <source>Dropout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="113"/>
        <source>Diffusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="115"/>
        <source>Steps T:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="116"/>
        <source>continuous time (MDLM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="120"/>
        <source>Schedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="122"/>
        <source>Spindle base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="124"/>
        <source>Spindle lambda:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="126"/>
        <source>Objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="128"/>
        <source>Hybrid lambda:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="130"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="132"/>
        <source>Batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="134"/>
        <source>Accumulation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="136"/>
        <source>Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="138"/>
        <source>Warm-up steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="140"/>
        <source>Decay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="142"/>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="144"/>
        <source>Clipping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="146"/>
        <source>Validate every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="148"/>
        <source>Sample every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="150"/>
        <source>Checkpoint every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="152"/>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="154"/>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="156"/>
        <source>all cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="157"/>
        <source>Threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="159"/>
        <source>Precision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="166"/>
        <source>For the spindle, the band spans token offsets from -0.75 to +0.25, a typical range: the run computes each token&apos;s offset from the corpus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="171"/>
        <source>Start Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="172"/>
        <source>Load…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="173"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="180"/>
        <source>Load Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="180"/>
        <location filename="../app/newexperimentdialog.cpp" line="186"/>
        <source>Configs (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="186"/>
        <source>Save Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="235"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="236"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="239"/>
        <source>Choose File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="342"/>
        <source>choose %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="347"/>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="349"/>
        <source>not a readable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="351"/>
        <source>a training corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="356"/>
        <source>expected a SentencePiece .model or a BERT vocab.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="358"/>
        <source>give the run a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunListModel</name>
    <message>
        <location filename="../app/runlistmodel.cpp" line="122"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="123"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="124"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="125"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="126"/>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="127"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="128"/>
        <source>Time design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="129"/>
        <source>Best valid PPL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="130"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../app/runpage.cpp" line="51"/>
        <source>Select a run, or start one with New Experiment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="58"/>
        <source>x axis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="60"/>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="60"/>
        <source>wall time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="60"/>
        <source>tokens seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="62"/>
        <source>smoothing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="68"/>
        <source>log y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="78"/>
        <source>Training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="79"/>
        <source>Validation NELBO (nats/token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="80"/>
        <source>Validation perplexity bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="81"/>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="82"/>
        <source>Gradient norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="83"/>
        <source>Tokens per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="136"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 · created %3 · model %4, %5 schedule, time design %6, objective %7 · seed %8 · %9 threads, BLAS %10 · code %11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="167"/>
        <source>Cannot read the run: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SamplesModel</name>
    <message>
        <location filename="../app/runpage.cpp" line="40"/>
        <source>step %1: %2</source>
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
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="36"/>
        <source>Workbench for discrete diffusion language models.</source>
        <translation>Werkbank für diskrete Diffusions-Sprachmodelle.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="41"/>
        <source>Corpus to open (default: the bundled demo corpus).</source>
        <translation>Zu öffnendes Korpus (Standard: das mitgelieferte Demo-Korpus).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="43"/>
        <source>LibTorch threads (default: all cores).</source>
        <translation>LibTorch-Threads (Standard: alle Kerne).</translation>
    </message>
</context>
</TS>
