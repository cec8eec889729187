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
        <location filename="../app/mainwindow.cpp" line="37"/>
        <source>CPU · LibTorch %1 · %2 threads · BLAS %3</source>
        <translation>CPU · LibTorch %1 · %2 Threads · BLAS %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="42"/>
        <source>%n CUDA device(s)</source>
        <translation>
            <numerusform>%n CUDA-Gerät</numerusform>
            <numerusform>%n CUDA-Geräte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="74"/>
        <source>Reading corpus…</source>
        <translation>Korpus wird gelesen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="176"/>
        <source>DiffusionBERT Workbench</source>
        <translation>DiffusionBERT Workbench</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="177"/>
        <location filename="../app/mainwindow.cpp" line="233"/>
        <source>%1 — DiffusionBERT Workbench</source>
        <translation>%1 — DiffusionBERT Workbench</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="178"/>
        <source>&amp;Open Corpus…</source>
        <translation>Korpus ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="179"/>
        <source>Read a corpus (one sentence per line, or DiffuSeq jsonl)</source>
        <translation>Ein Korpus lesen (ein Satz pro Zeile oder DiffuSeq-jsonl)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="180"/>
        <source>Open &amp;Demo Corpus</source>
        <translation>&amp;Demo-Korpus öffnen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="181"/>
        <source>The bundled Brown corpus</source>
        <translation>Das mitgelieferte Brown-Korpus</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="182"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="183"/>
        <source>&amp;About DiffusionBERT Workbench</source>
        <translation>Ü&amp;ber DiffusionBERT Workbench</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="184"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="185"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="186"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="186"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="186"/>
        <source>Lines:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="186"/>
        <source>Words:</source>
        <translation>Wörter:</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="187"/>
        <source>Characters:</source>
        <translation>Zeichen:</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="187"/>
        <source>Length:</source>
        <translation>Länge:</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="187"/>
        <source>Content hash:</source>
        <translation>Inhalts-Hash:</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="191"/>
        <source>No corpus</source>
        <translation>Kein Korpus</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="196"/>
        <source>Store: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="215"/>
        <source>DiffuSeq jsonl (src → trg)</source>
        <translation>DiffuSeq-jsonl (src → trg)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="216"/>
        <source>plain text, one sentence per line</source>
        <translation>Klartext, ein Satz pro Zeile</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="218"/>
        <source>%1 (%2 sentences, %3 blank)</source>
        <translation>%1 (%2 Sätze, %3 leer)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="224"/>
        <source>min %1 · median %2 · mean %3 · max %4 words</source>
        <translation>min. %1 · Median %2 · Mittel %3 · max. %4 Wörter</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="232"/>
        <source>words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="234"/>
        <source>Read %1 sentences in %2 s</source>
        <translation>%1 Sätze in %2 s gelesen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="242"/>
        <source>Could not read the corpus: %1</source>
        <translation>Das Korpus konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="250"/>
        <source>Open Corpus</source>
        <translation>Korpus öffnen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="251"/>
        <source>Corpora (*.txt *.jsonl);;All files (*)</source>
        <translation>Korpora (*.txt *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="271"/>
        <source>About DiffusionBERT Workbench</source>
        <translation>Über DiffusionBERT Workbench</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="272"/>
        <source>&lt;h3&gt;DiffusionBERT Workbench&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;A workbench for absorbing-state discrete diffusion language models (DiffusionBERT, He et al. 2022).&lt;/p&gt;&lt;p&gt;Demo corpus: the Brown Corpus (W. N. Francis and H. Kučera, 1964/1979).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DiffusionBERT Workbench&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Eine Werkbank für diskrete Diffusions-Sprachmodelle mit absorbierendem Zustand (DiffusionBERT, He et al. 2022).&lt;/p&gt;&lt;p&gt;Demo-Korpus: das Brown-Korpus (W. N. Francis and H. Kučera, 1964/1979).&lt;/p&gt;</translation>
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
