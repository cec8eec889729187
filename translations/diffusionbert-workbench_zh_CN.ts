<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../app/comparepage.cpp" line="158"/>
        <location filename="../app/comparepage.cpp" line="600"/>
        <source>step</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="159"/>
        <source>wall time (s)</source>
        <translation>墙钟时间（秒）</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="160"/>
        <source>tokens seen</source>
        <translation>已见词元数</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="161"/>
        <source>Log y</source>
        <translation>对数 y 轴</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="162"/>
        <location filename="../app/comparepage.cpp" line="649"/>
        <location filename="../app/comparepage.cpp" line="661"/>
        <location filename="../app/comparepage.cpp" line="673"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="163"/>
        <source>Chart (PNG)…</source>
        <translation>图表 (PNG)…</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="164"/>
        <source>Chart (SVG)…</source>
        <translation>图表 (SVG)…</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="165"/>
        <source>Metrics of These Runs (CSV)…</source>
        <translation>这些运行的指标 (CSV)…</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="166"/>
        <source>Samples of These Runs (txt, jsonl, csv)…</source>
        <translation>这些运行的样本 (txt, jsonl, csv)…</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="167"/>
        <source>Baseline Run&apos;s Config (JSON)…</source>
        <translation>基线运行的配置 (JSON)…</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="168"/>
        <location filename="../app/comparepage.cpp" line="384"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="169"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="170"/>
        <source>Smoothing</source>
        <translation>平滑</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="171"/>
        <source>All main metrics</source>
        <translation>全部主要指标</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="172"/>
        <source>Small multiples: validation NELBO, perplexity bounds, training loss, gradient norm and throughput side by side</source>
        <translation>小多图：并排显示验证 NELBO、困惑度上界、训练损失、梯度范数和吞吐量</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="173"/>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="228"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="229"/>
        <source>Config</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="230"/>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="231"/>
        <source>Likelihood</source>
        <translation>似然</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="232"/>
        <source>Show only differences</source>
        <translation>仅显示差异</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="257"/>
        <source>Cannot read the runs: %1</source>
        <translation>无法读取运行：%1</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="258"/>
        <location filename="../app/comparepage.cpp" line="268"/>
        <location filename="../app/comparepage.cpp" line="367"/>
        <source>Select runs in the list (Ctrl+click or Shift+click for several) to compare them.</source>
        <translation>在列表中选择运行（按住 Ctrl 或 Shift 单击可多选）以进行比较。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/comparepage.cpp" line="368"/>
        <source>%n run(s) · read in %1 ms, drawn in %2 ms</source>
        <translation>
            <numerusform>%n 个运行 · 读取用时 %1 ms，绘制用时 %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="384"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="401"/>
        <source>best</source>
        <translation>最佳</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="401"/>
        <source>last</source>
        <translation>最后</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="415"/>
        <source>better than the baseline</source>
        <translation>优于基线</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="415"/>
        <source>worse than the baseline</source>
        <translation>劣于基线</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="434"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="434"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="434"/>
        <source>nats/token (−log p(x))</source>
        <translation>nats/词元 (−log p(x))</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="434"/>
        <source>given the length</source>
        <translation>给定长度时</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="435"/>
        <source>Δ vs baseline ± paired SE</source>
        <translation>相对基线的 Δ ± 配对标准误</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="435"/>
        <source>unpaired SE</source>
        <translation>非配对标准误</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="435"/>
        <source>Generation (seq2seq)</source>
        <translation>生成 (seq2seq)</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="442"/>
        <source>recipe unreadable</source>
        <translation>评估方案无法读取</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="444"/>
        <source>invalid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="446"/>
        <source>not a bound: %1</source>
        <translation>不是上界：%1</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="453"/>
        <source> (baseline)</source>
        <translation> (基线)</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="462"/>
        <source>no evaluation (dbw eval)</source>
        <translation>无评估 (dbw eval)</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="468"/>
        <source>step %1 · %2 · s = %3 · %4</source>
        <translation>第 %1 步 · %2 · s = %3 · %4</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="475"/>
        <source>results unreadable</source>
        <translation>结果无法读取</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="487"/>
        <source>(older evaluation)</source>
        <translation>（较早的评估）</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="493"/>
        <source>no evaluation with the baseline&apos;s recipe and per-sentence values</source>
        <translation>没有采用基线评估方案且含逐句数值的评估</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="507"/>
        <source>better than the baseline by more than two paired standard errors</source>
        <translation>优于基线，差距超过两个配对标准误</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="508"/>
        <source>worse than the baseline by more than two paired standard errors</source>
        <translation>劣于基线，差距超过两个配对标准误</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="510"/>
        <source>within two paired standard errors: not decided</source>
        <translation>在两个配对标准误之内：无定论</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="541"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="551"/>
        <source>BLEU %1 · exact %2 · S = %3%4</source>
        <translation>BLEU %1 · 完全匹配 %2 · S = %3%4</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="554"/>
        <source>, MBR</source>
        <translation>，MBR</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="555"/>
        <source>no references</source>
        <translation>无参考</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/comparepage.cpp" line="556"/>
        <source>%n source(s); sentence BLEU (DiffuSeq&apos;s smoothed) %1, corpus BLEU %2, ROUGE-L %3, exact match %4</source>
        <translation>
            <numerusform>%n 个源句；句子级 BLEU（DiffuSeq 的平滑版本）%1，语料库级 BLEU %2，ROUGE-L %3，完全匹配 %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="561"/>
        <source>copying the source: sentence BLEU %1, corpus BLEU %2, ROUGE-L %3, exact match %4</source>
        <translation>直接复制源句：句子级 BLEU %1，语料库级 BLEU %2，ROUGE-L %3，完全匹配 %4</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="565"/>
        <source>among candidates: distinct-1 %1, div-4 %2, self-BLEU %3</source>
        <translation>候选之间：distinct-1 %1，div-4 %2，self-BLEU %3</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="592"/>
        <source>during training</source>
        <translation>训练期间</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="593"/>
        <source>generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="594"/>
        <source>origin not recorded</source>
        <translation>来源未记录</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="600"/>
        <source>origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="600"/>
        <source>sampler</source>
        <translation>采样器</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="600"/>
        <source>samples</source>
        <translation>样本</translation>
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
        <location filename="../app/comparepage.cpp" line="601"/>
        <source>self-BLEU-4</source>
        <translation>self-BLEU-4</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="601"/>
        <source>unigram entropy (bits)</source>
        <translation>一元语法熵（比特）</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="601"/>
        <source>repetition (seq-rep-4)</source>
        <translation>重复率 (seq-rep-4)</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="610"/>
        <source>no samples</source>
        <translation>无样本</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="623"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="646"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="646"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="646"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="647"/>
        <source>JSON lines (*.jsonl);;Text (*.txt);;CSV (*.csv)</source>
        <translation>JSON Lines (*.jsonl);;文本 (*.txt);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="647"/>
        <source>Configs (*.json)</source>
        <translation>配置 (*.json)</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="655"/>
        <source>Exporting the metrics to %1…</source>
        <translation>正在将指标导出到 %1…</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="659"/>
        <source>Exported the metrics to %1.</source>
        <translation>已将指标导出到 %1。</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="712"/>
        <source>Nothing to export: no runs are compared.</source>
        <translation>没有可导出的内容：未比较任何运行。</translation>
    </message>
    <message>
        <location filename="../app/comparepage.cpp" line="719"/>
        <source>Could not render the chart.</source>
        <translation>无法渲染图表。</translation>
    </message>
</context>
<context>
    <name>ConfigDiffModel</name>
    <message>
        <location filename="../app/configdiffmodel.cpp" line="106"/>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <location filename="../app/configdiffmodel.cpp" line="130"/>
        <source>Config key</source>
        <translation>配置键</translation>
    </message>
</context>
<context>
    <name>CorpusPreviewModel</name>
    <message>
        <location filename="../app/corpuspreviewmodel.cpp" line="63"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../app/corpuspreviewmodel.cpp" line="64"/>
        <source>Source (src)</source>
        <translation>源 (src)</translation>
    </message>
    <message>
        <location filename="../app/corpuspreviewmodel.cpp" line="65"/>
        <source>Target (trg)</source>
        <translation>目标 (trg)</translation>
    </message>
    <message>
        <location filename="../app/corpuspreviewmodel.cpp" line="65"/>
        <source>Sentence</source>
        <translation>句子</translation>
    </message>
</context>
<context>
    <name>DenoisingPage</name>
    <message>
        <location filename="../app/denoisingpage.cpp" line="79"/>
        <source>step %1 of %2 · %3 left</source>
        <translation>第 %1 / %2 步 · 剩余 %3</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="80"/>
        <source>step %1 of %2</source>
        <translation>第 %1 / %2 步</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/denoisingpage.cpp" line="85"/>
        <source>%n sample(s) in %1 s</source>
        <translation>
            <numerusform>%n 个样本，用时 %1 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/denoisingpage.cpp" line="86"/>
        <source>Opened %1: %n sample(s)</source>
        <translation>
            <numerusform>已打开 %1：%n 个样本</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="117"/>
        <location filename="../app/denoisingpage.cpp" line="397"/>
        <location filename="../app/denoisingpage.cpp" line="534"/>
        <source>none: generate to record one</source>
        <translation>无：生成以录制一条</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="184"/>
        <location filename="../app/denoisingpage.cpp" line="196"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="185"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="186"/>
        <source>Open Trajectory…</source>
        <translation>打开轨迹…</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="187"/>
        <source>from corpus</source>
        <translation>取自语料库</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="188"/>
        <source>Tokens per sample; 0 draws lengths from the training corpus</source>
        <translation>每个样本的词元数；0 表示从训练语料库中抽取长度</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="189"/>
        <source>The sampler takes T / step size reverse steps</source>
        <translation>采样器执行 T / 步长 个反向步</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="190"/>
        <source>Ancestral (exact)</source>
        <translation>祖先采样（精确）</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="191"/>
        <source>Most confident first</source>
        <translation>置信度最高者优先</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="192"/>
        <source>Random order</source>
        <translation>随机顺序</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="193"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="194"/>
        <source>Reuse unchanged outputs</source>
        <translation>复用未变化的输出</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="195"/>
        <source>A time-agnostic model&apos;s output is reused while a sequence does not change (exact)</source>
        <translation>序列未变化时复用与时间无关模型的输出（精确）</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="198"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="200"/>
        <source>&amp;Checkpoint</source>
        <translation>检查点(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="204"/>
        <source>Sa&amp;mples</source>
        <translation>样本数(&amp;M)</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="206"/>
        <source>&amp;Length</source>
        <translation>长度(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="208"/>
        <source>Step si&amp;ze</source>
        <translation>步长(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="211"/>
        <source>St&amp;rategy</source>
        <translation>策略(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="213"/>
        <source>&amp;Temperature</source>
        <translation>温度(&amp;T)</translation>
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
        <translation>种子(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="227"/>
        <source>Pr&amp;ompt</source>
        <translation>提示(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="229"/>
        <source>Re&amp;corded</source>
        <translation>已录制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="255"/>
        <source>First</source>
        <translation>第一步</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="256"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="257"/>
        <location filename="../app/denoisingpage.cpp" line="392"/>
        <location filename="../app/denoisingpage.cpp" line="701"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="259"/>
        <source>Forward</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="260"/>
        <source>Next change</source>
        <translation>下一处变化</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="265"/>
        <source>Previous change</source>
        <translation>上一处变化</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="270"/>
        <source>Last</source>
        <translation>最后一步</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="315"/>
        <source>%1 s per step</source>
        <translation>每步 %1 秒</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="316"/>
        <source>Show x0 guesses under masks</source>
        <translation>在掩码处显示 x0 猜测</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="317"/>
        <source>Grey: the model&apos;s current most likely token at a masked position (not committed)</source>
        <translation>灰色：模型在掩码位置上当前最可能的词元（尚未确定）</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="318"/>
        <location filename="../app/denoisingpage.cpp" line="729"/>
        <location filename="../app/denoisingpage.cpp" line="734"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="319"/>
        <source>Trajectory (JSON)…</source>
        <translation>轨迹 (JSON)…</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="320"/>
        <source>Samples (txt, jsonl, csv)…</source>
        <translation>样本 (txt, jsonl, csv)…</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="321"/>
        <source>Current View (PNG)…</source>
        <translation>当前视图 (PNG)…</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="322"/>
        <source>Replay Page (HTML)…</source>
        <translation>回放页面 (HTML)…</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="331"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="332"/>
        <source>Revealed this step, by the model&apos;s confidence: %1 · earlier: plain · %2 masked · %3 fixed by the prompt · hover a token for its alternatives</source>
        <translation>本步揭示（按模型置信度着色）：%1 · 更早揭示：无底色 · %2 已掩码 · %3 由提示固定 · 鼠标悬停在词元上可查看候选</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="366"/>
        <source>Reveal order of</source>
        <translation>揭示顺序：</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="367"/>
        <source>Click a cell to jump to that step</source>
        <translation>单击单元格可跳转到该步</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="392"/>
        <location filename="../app/denoisingpage.cpp" line="701"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="401"/>
        <location filename="../app/denoisingpage.cpp" line="650"/>
        <source>sample #%1</source>
        <translation>样本 #%1</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="405"/>
        <location filename="../app/denoisingpage.cpp" line="645"/>
        <source>Generate samples or open a trajectory to step through the reverse process.</source>
        <translation>生成样本或打开轨迹，以逐步查看反向过程。</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="413"/>
        <source>T from the checkpoint</source>
        <translation>T 取自检查点</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="417"/>
        <source>T = %1 → %2 steps</source>
        <translation>T = %1 → %2 步</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="418"/>
        <source>T = %1 is not a multiple of %2</source>
        <translation>T = %1 不是 %2 的倍数</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="463"/>
        <source>This run has no checkpoint yet: train it, or browse for a checkpoint folder.</source>
        <translation>此运行尚无检查点：请先训练，或浏览选择检查点文件夹。</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="473"/>
        <source>Choose a Checkpoint Folder</source>
        <translation>选择检查点文件夹</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="477"/>
        <source>%1 is not a checkpoint folder (no model.safetensors).</source>
        <translation>%1 不是检查点文件夹（缺少 model.safetensors）。</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="488"/>
        <source>Open Trajectory</source>
        <translation>打开轨迹</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="488"/>
        <source>Trajectories (*.json);;All files (*)</source>
        <translation>轨迹 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="496"/>
        <source>Wait for the sampling to finish, or cancel it, before opening a recorded trajectory.</source>
        <translation>请等待采样完成或取消采样，然后再打开已录制的轨迹。</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="524"/>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="524"/>
        <source>no step</source>
        <translation>无步</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/denoisingpage.cpp" line="526"/>
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n 个样本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/denoisingpage.cpp" line="534"/>
        <source>%n recorded trajectory(s)</source>
        <translation>
            <numerusform>%n 条已录制轨迹</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="541"/>
        <source>Wait for the sampling to finish, or cancel it, before opening %1.</source>
        <translation>请等待采样完成或取消采样，然后再打开 %1。</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="552"/>
        <source>Choose a checkpoint first.</source>
        <translation>请先选择检查点。</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="558"/>
        <source>This model is seq2seq: type the source to generate targets for in the prompt field.</source>
        <translation>此模型为 seq2seq：请在提示框中输入要为其生成目标的源文本。</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="582"/>
        <source>Sampling…</source>
        <translation>正在采样…</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="614"/>
        <source>required: the source (this model is seq2seq: every sample is a target for it)</source>
        <translation>必填：源文本（此模型为 seq2seq：每个样本都是它的一个目标）</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="615"/>
        <source>The source the model conditions on, e.g. shuffled words to put in order. It is fixed; the target after [SEP] is generated with as many tokens as the source.</source>
        <translation>模型所依据的源文本，例如需要排好顺序的打乱词语。源文本固定不变；[SEP] 之后的目标以与源文本相同的词元数生成。</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="618"/>
        <source>optional: The ___ sat on the ___{2} . (or a prefix)</source>
        <translation>可选：The ___ sat on the ___{2} .（或一个前缀）</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="619"/>
        <source>Fixed text the model fills around: ___ one masked token, ___{N} N tokens, ___{..N} 1 to N tokens (drawn per sample). Without a marker, a prefix continued to the length. Fixed tokens never change.</source>
        <translation>模型围绕其进行填充的固定文本：___ 表示一个掩码词元，___{N} 表示 N 个词元，___{..N} 表示 1 到 N 个词元（每个样本单独抽取）。没有标记时，视为前缀并续写到指定长度。固定词元始终不变。</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="632"/>
        <source>Choose a checkpoint first: train a run, or Browse… for a checkpoint folder</source>
        <translation>请先选择检查点：训练一个运行，或通过“浏览…”选择检查点文件夹</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="726"/>
        <source>Trajectories (*.json)</source>
        <translation>轨迹 (*.json)</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="726"/>
        <source>Text (*.txt);;JSON lines (*.jsonl);;CSV (*.csv)</source>
        <translation>文本 (*.txt);;JSON Lines (*.jsonl);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="727"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="727"/>
        <source>Web pages (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="740"/>
        <source>Nothing to export: no trajectory is shown.</source>
        <translation>没有可导出的内容：未显示任何轨迹。</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="767"/>
        <source>Could not encode the image.</source>
        <translation>无法编码图像。</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="772"/>
        <source>Reverse process — %1</source>
        <translation>反向过程 — %1</translation>
    </message>
    <message>
        <location filename="../app/denoisingpage.cpp" line="772"/>
        <source>trajectory</source>
        <translation>轨迹</translation>
    </message>
</context>
<context>
    <name>EvaluateDialog</name>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="29"/>
        <location filename="../app/evaluatedialog.cpp" line="130"/>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="51"/>
        <source>Bound the negative log-likelihood of &lt;b&gt;%1&lt;/b&gt; with the ELBO of its reverse chain, as &lt;tt&gt;dbw eval&lt;/tt&gt; does. The result is stored with the run.</source>
        <translation>用反向链的 ELBO 为 &lt;b&gt;%1&lt;/b&gt; 的负对数似然给出上界，与 &lt;tt&gt;dbw eval&lt;/tt&gt; 的做法相同。结果随运行一起保存。</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="62"/>
        <source>Checkpoint:</source>
        <translation>检查点：</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="65"/>
        <source>The run&apos;s validation file (it has none)</source>
        <translation>该运行的验证文件（没有）</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="66"/>
        <source>The run&apos;s validation file: %1</source>
        <translation>该运行的验证文件：%1</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="70"/>
        <source>The share of its training corpus it held out (%1%, seed %2)</source>
        <translation>从其训练语料库中留出的部分（%1%，种子 %2）</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="77"/>
        <source>Another file:</source>
        <translation>其他文件：</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="81"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="83"/>
        <source>Sentences to Evaluate</source>
        <translation>要评估的句子</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="83"/>
        <source>Corpora (*.txt *.jsonl);;All files (*)</source>
        <translation>语料库 (*.txt *.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="97"/>
        <source>Sentences:</source>
        <translation>句子：</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="103"/>
        <source>The chain has T / step size terms; the bound is for the sampler with the same step size</source>
        <translation>该链有 T / 步长 项；此上界对应步长相同的采样器</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="104"/>
        <source>Step size:</source>
        <translation>步长：</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="107"/>
        <source>chain (every term once per sentence)</source>
        <translation>整条链（每句每项计算一次）</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="108"/>
        <source>Monte Carlo (terms drawn per sentence)</source>
        <translation>蒙特卡洛（每句随机抽取项）</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="109"/>
        <source>Estimator:</source>
        <translation>估计方法：</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="113"/>
        <source>Draws per sentence:</source>
        <translation>每句抽样次数：</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="118"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="119"/>
        <source>Sentences at most:</source>
        <translation>最多句数：</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="122"/>
        <source>Precision:</source>
        <translation>精度：</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="147"/>
        <source>The run has no checkpoint on disk yet.</source>
        <translation>该运行在磁盘上尚无检查点。</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="149"/>
        <source>The step size must divide T = %1.</source>
        <translation>步长必须能整除 T = %1。</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="152"/>
        <source>No such file: %1</source>
        <translation>文件不存在：%1</translation>
    </message>
    <message>
        <location filename="../app/evaluatedialog.cpp" line="152"/>
        <source>(none given)</source>
        <translation>（未指定）</translation>
    </message>
</context>
<context>
    <name>EvaluationController</name>
    <message>
        <location filename="../app/evaluationcontroller.cpp" line="94"/>
        <source>Evaluation cancelled.</source>
        <translation>评估已取消。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../app/exportfiles.cpp" line="29"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>HistogramChart</name>
    <message>
        <location filename="../widgets/histogramchart.cpp" line="121"/>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../widgets/histogramchart.cpp" line="121"/>
        <source>Length (%1) per sentence</source>
        <translation>每句长度（%1）</translation>
    </message>
    <message>
        <location filename="../widgets/histogramchart.cpp" line="125"/>
        <source>%1 (buckets of %2, lower edge shown)</source>
        <translation>%1（分桶宽度 %2，显示下边界）</translation>
    </message>
    <message>
        <location filename="../widgets/histogramchart.cpp" line="128"/>
        <source>sentences</source>
        <translation>句数</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="59"/>
        <source>CPU · LibTorch %1 · %2 threads · BLAS %3</source>
        <translation>CPU · LibTorch %1 · %2 个线程 · BLAS %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="64"/>
        <source>%n CUDA device(s)</source>
        <translation>
            <numerusform>%n 个 CUDA 设备</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="98"/>
        <location filename="../app/mainwindow.cpp" line="640"/>
        <source>Could not read the corpus: %1</source>
        <translation>无法读取语料库：%1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="100"/>
        <source>Reading corpus…</source>
        <translation>正在读取语料库…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="118"/>
        <source>Training run #%1: step %2 of %3, loss %4, %5 tokens/s</source>
        <translation>正在训练运行 #%1：第 %2 / %3 步，损失 %4，%5 词元/秒</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="126"/>
        <source>Training failed: %1</source>
        <translation>训练失败：%1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="128"/>
        <source>Run #%1 %2; checkpoint %3</source>
        <translation>运行 #%1 %2；检查点 %3</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="163"/>
        <source>Store: %1 (read-only: runs are shown, nothing can be recorded)</source>
        <translation>运行记录库：%1（只读：可显示运行，但无法记录任何内容）</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="164"/>
        <source>Store: %1</source>
        <translation>运行记录库：%1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="219"/>
        <source>evaluating…</source>
        <translation>正在评估…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="243"/>
        <source>%1 of %2 sentences · %3 left</source>
        <translation>%1 / %2 句 · 剩余 %3</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="244"/>
        <source>%1 of %2 sentences</source>
        <translation>%1 / %2 句</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="256"/>
        <source>Evaluated: NELBO ≤ %1 ± %2 nats/token, perplexity per word ≤ %3 (stored with the run)</source>
        <translation>评估完成：NELBO ≤ %1 ± %2 nats/词元，每词困惑度 ≤ %3（已随运行保存）</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="257"/>
        <source>Evaluated (not a bound): NELBO ≈ %1 ± %2 nats/token, perplexity per word ≈ %3 (stored with the run)</source>
        <translation>评估完成（不是上界）：NELBO ≈ %1 ± %2 nats/词元，每词困惑度 ≈ %3（已随运行保存）</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="265"/>
        <source>Evaluation: %1</source>
        <translation>评估：%1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="283"/>
        <source>Open Run Store</source>
        <translation>打开运行记录库</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="284"/>
        <source>Run stores (*.sqlite *.db);;All files (*)</source>
        <translation>运行记录库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="306"/>
        <source>Cannot clone the run: %1</source>
        <translation>无法克隆运行：%1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="316"/>
        <source>The selected run has no checkpoint on disk to resume from.</source>
        <translation>所选运行在磁盘上没有可用于恢复的检查点。</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="321"/>
        <source>Cannot resume the run: %1</source>
        <translation>无法恢复运行：%1</translation>
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
        <translation>打开语料库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="534"/>
        <source>Read a corpus (one sentence per line, or DiffuSeq jsonl)</source>
        <translation>读取语料库（每行一句，或 DiffuSeq jsonl）</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="535"/>
        <source>Open &amp;Demo Corpus</source>
        <translation>打开演示语料库(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="536"/>
        <source>The bundled Brown corpus</source>
        <translation>内置的 Brown 语料库</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="537"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="538"/>
        <source>&amp;About DiffusionBERT Workbench</source>
        <translation>关于 DiffusionBERT Workbench(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="539"/>
        <source>&amp;New Experiment…</source>
        <translation>新建实验(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="540"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="541"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="542"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="543"/>
        <source>Stop training after this step and write a checkpoint</source>
        <translation>在本步之后停止训练并写入检查点</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="544"/>
        <source>Open Run &amp;Store…</source>
        <translation>打开运行记录库(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="545"/>
        <source>Show the runs of another store (dbw --store PATH writes to one)</source>
        <translation>显示另一个运行记录库中的运行（dbw --store PATH 会写入指定的记录库）</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="546"/>
        <source>Evaluate…</source>
        <translation>评估…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="547"/>
        <source>Bound the selected run&apos;s likelihood on a split with the ELBO of its reverse chain</source>
        <translation>用反向链的 ELBO 为所选运行在某一数据划分上的似然给出界</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="548"/>
        <source>Clone Run…</source>
        <translation>克隆运行…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="549"/>
        <source>A new experiment with the selected run&apos;s config</source>
        <translation>以所选运行的配置新建实验</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="550"/>
        <source>Resume Run</source>
        <translation>恢复运行</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="551"/>
        <source>Continue the selected stopped, failed or interrupted run from its last checkpoint, as a new run</source>
        <translation>从最后一个检查点继续所选的已停止、失败或中断的运行，作为一个新运行</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="553"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="554"/>
        <source>Denoise</source>
        <translation>去噪</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="555"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="556"/>
        <source>Corpus</source>
        <translation>语料库</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="558"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="559"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="560"/>
        <source>System Default (%1)</source>
        <translation>系统默认 (%1)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="561"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="562"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="563"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="563"/>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="563"/>
        <source>Lines:</source>
        <translation>行数：</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="563"/>
        <source>Words:</source>
        <translation>词数：</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="564"/>
        <source>Characters:</source>
        <translation>字符数：</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="564"/>
        <source>Length:</source>
        <translation>长度：</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="564"/>
        <source>Content hash:</source>
        <translation>内容哈希：</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="568"/>
        <source>No corpus</source>
        <translation>无语料库</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="591"/>
        <source>DiffuSeq jsonl (src → trg)</source>
        <translation>DiffuSeq jsonl (src → trg)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="592"/>
        <source>plain text, one sentence per line</source>
        <translation>纯文本，每行一句</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="594"/>
        <source>%1 (%2 sentences, %3 blank)</source>
        <translation>%1（%2 句，%3 个空行）</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="600"/>
        <source>min %1 · median %2 · mean %3 · max %4 words</source>
        <translation>最少 %1 · 中位数 %2 · 平均 %3 · 最多 %4 词</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="608"/>
        <source>words</source>
        <translation>词</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="610"/>
        <source>Read %1 sentences in %2 s</source>
        <translation>已读取 %1 句，用时 %2 秒</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="626"/>
        <source>Open Corpus</source>
        <translation>打开语料库</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="627"/>
        <source>Corpora (*.txt *.jsonl);;All files (*)</source>
        <translation>语料库 (*.txt *.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="647"/>
        <source>About DiffusionBERT Workbench</source>
        <translation>关于 DiffusionBERT Workbench</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="648"/>
        <source>&lt;h3&gt;DiffusionBERT Workbench&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;A workbench for absorbing-state discrete diffusion language models (DiffusionBERT, He et al. 2022).&lt;/p&gt;&lt;p&gt;Demo corpus: the Brown Corpus (W. N. Francis and H. Kučera, 1964/1979).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DiffusionBERT Workbench&lt;/h3&gt;&lt;p&gt;版本 %1&lt;/p&gt;&lt;p&gt;用于吸收态离散扩散语言模型的工作台（DiffusionBERT，He et al. 2022）。&lt;/p&gt;&lt;p&gt;演示语料库：Brown 语料库（W. N. Francis 和 H. Kučera，1964/1979）。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MetricChart</name>
    <message>
        <location filename="../widgets/metricchart.cpp" line="71"/>
        <source>Reset Zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <location filename="../widgets/metricchart.cpp" line="72"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location filename="../widgets/metricchart.cpp" line="73"/>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../widgets/metricchart.cpp" line="73"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/metricchart.cpp" line="77"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/metricchart.cpp" line="78"/>
        <source>Export Data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <location filename="../widgets/metricchart.cpp" line="78"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/metricchart.cpp" line="91"/>
        <location filename="../widgets/metricchart.cpp" line="310"/>
        <source>%1: no points yet</source>
        <translation>%1：尚无数据点</translation>
    </message>
    <message>
        <location filename="../widgets/metricchart.cpp" line="277"/>
        <source> (raw)</source>
        <translation> (原始)</translation>
    </message>
    <message>
        <location filename="../widgets/metricchart.cpp" line="431"/>
        <source>%1 at %2: %3</source>
        <translation>%1 在 %2 处：%3</translation>
    </message>
    <message>
        <location filename="../widgets/metricchart.cpp" line="433"/>
        <source> (smoothed %1)</source>
        <translation> (平滑 %1)</translation>
    </message>
    <message>
        <location filename="../widgets/metricchart.cpp" line="435"/>
        <source>, range %1 to %2</source>
        <translation>，范围 %1 至 %2</translation>
    </message>
</context>
<context>
    <name>NewExperimentDialog</name>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="64"/>
        <source>New Experiment</source>
        <translation>新建实验</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="81"/>
        <source>Start from</source>
        <translation>起始配置</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="82"/>
        <source>CPU demo (a real tiny run in a minute or two)</source>
        <translation>CPU 演示（一两分钟内完成的真实微型运行）</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="83"/>
        <source>CPU seq2seq demo (restore word order: target given source)</source>
        <translation>CPU seq2seq 演示（恢复词序：给定源生成目标）</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="84"/>
        <source>Paper recipe (LM1B, bert-base, GPU)</source>
        <translation>论文方案（LM1B、bert-base、GPU）</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="85"/>
        <source>Preset:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="87"/>
        <source>Run name:</source>
        <translation>运行名称：</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="89"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="91"/>
        <source>Training corpus:</source>
        <translation>训练语料库：</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="91"/>
        <location filename="../app/newexperimentdialog.cpp" line="94"/>
        <source>Corpora (*.txt *.jsonl)</source>
        <translation>语料库 (*.txt *.jsonl)</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="93"/>
        <source>empty: hold out 1% of the training corpus</source>
        <translation>留空：留出训练语料库的 1%</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="94"/>
        <source>Validation corpus:</source>
        <translation>验证语料库：</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="96"/>
        <source>language model: every text a sentence</source>
        <translation>语言模型：每条文本为一个句子</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="97"/>
        <source>sequence to sequence: the jsonl target given its source</source>
        <translation>序列到序列：给定源生成 jsonl 中的目标</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="98"/>
        <source>seq2seq (DiffuSeq): the network reads [CLS] src [SEP] trg [SEP]; only the target is noised, scored and generated, the source is always clean. Needs a jsonl corpus with &quot;src&quot; and &quot;trg&quot;.</source>
        <translation>seq2seq (DiffuSeq)：网络读取 [CLS] src [SEP] trg [SEP]；只有目标会被加噪、评分和生成，源始终保持干净。需要每行含 &quot;src&quot; 和 &quot;trg&quot; 的 jsonl 语料库。</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="100"/>
        <source>Task:</source>
        <translation>任务：</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="102"/>
        <source>Longer sentences are cut; for seq2seq, pairs whose source [SEP] target is longer are skipped (and counted), never cut.</source>
        <translation>过长的句子会被截断；对于 seq2seq，“源 [SEP] 目标”超长的句对会被跳过（并计数），而不会被截断。</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="104"/>
        <source>Max tokens per sentence:</source>
        <translation>每句最大词元数：</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="106"/>
        <source>Tokenizer</source>
        <translation>分词器</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="108"/>
        <source>empty: train a SentencePiece model on the corpus</source>
        <translation>留空：在语料库上训练 SentencePiece 模型</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="109"/>
        <source>Load:</source>
        <translation>加载：</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="109"/>
        <source>Tokenizers (*.model vocab.txt *.txt)</source>
        <translation>分词器 (*.model vocab.txt *.txt)</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="111"/>
        <source>Or train, vocabulary:</source>
        <translation>或训练，词表大小：</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="113"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="115"/>
        <source>Size:</source>
        <translation>规模：</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="117"/>
        <source>none: time-agnostic (TAD, the paper&apos;s best); layerwise: LTE; prefix: PTE; adaln: adaptive LayerNorm</source>
        <translation>none：与时间无关（TAD，论文中效果最佳）；layerwise：LTE；prefix：PTE；adaln：自适应 LayerNorm</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="118"/>
        <source>Time design:</source>
        <translation>时间设计：</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="120"/>
        <source>Dropout:</source>
        <translation>Dropout：</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="122"/>
        <source>A pretrained BERT to start from: a Hugging Face folder (config.json, model.safetensors or pytorch_model.bin, vocab.txt) or one of our checkpoints. Its sizes and tokenizer are used; the time design&apos;s own parts start fresh.</source>
        <translation>作为起点的预训练 BERT：Hugging Face 文件夹（config.json、model.safetensors 或 pytorch_model.bin、vocab.txt）或我们的某个检查点。将沿用其模型尺寸和分词器；时间设计自身的部分从头初始化。</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="125"/>
        <source>Initialise from:</source>
        <translation>初始化自：</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="127"/>
        <source>Diffusion</source>
        <translation>扩散</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="129"/>
        <source>Steps T:</source>
        <translation>步数 T：</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="130"/>
        <source>continuous time (MDLM)</source>
        <translation>连续时间 (MDLM)</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="134"/>
        <source>Schedule:</source>
        <translation>噪声调度：</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="136"/>
        <source>Spindle base:</source>
        <translation>Spindle 基准：</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="138"/>
        <source>Spindle lambda:</source>
        <translation>Spindle lambda：</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="140"/>
        <source>d3pm-hybrid: the paper&apos;s; nelbo: continuous-time MDLM; mlm: BERT&apos;s masked language model, to pretrain a plain BERT to start diffusion runs from</source>
        <translation>d3pm-hybrid：论文所用目标；nelbo：连续时间 MDLM；mlm：BERT 的掩码语言模型，用于预训练普通 BERT，作为扩散运行的起点</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="142"/>
        <source>Objective:</source>
        <translation>目标函数：</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="144"/>
        <source>Hybrid lambda:</source>
        <translation>混合 lambda：</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="146"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="148"/>
        <source>Batch:</source>
        <translation>批大小：</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="150"/>
        <source>Accumulation:</source>
        <translation>梯度累积：</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="152"/>
        <source>Learning rate:</source>
        <translation>学习率：</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="154"/>
        <source>Warm-up steps:</source>
        <translation>预热步数：</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="156"/>
        <source>Decay:</source>
        <translation>衰减：</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="158"/>
        <source>Steps:</source>
        <translation>步数：</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="160"/>
        <source>Clipping:</source>
        <translation>梯度裁剪：</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="162"/>
        <source>Validate every:</source>
        <translation>验证间隔：</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="164"/>
        <source>Sample every:</source>
        <translation>采样间隔：</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="166"/>
        <source>Checkpoint every:</source>
        <translation>检查点间隔：</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="168"/>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="170"/>
        <source>Device:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="172"/>
        <source>all cores</source>
        <translation>全部核心</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="173"/>
        <source>Threads:</source>
        <translation>线程数：</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="176"/>
        <source>Data parallel: this many local processes train one model, each on its share of every batch (dbw train --nproc). The batch size is the batch of all of them together; the threads are per process (all cores: the cores shared out).</source>
        <translation>数据并行：由这么多个本地进程共同训练一个模型，每个进程处理每个批次中的一部分 (dbw train --nproc)。批大小是所有进程合计的批大小；线程数按进程计（全部核心：各进程平分核心）。</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="179"/>
        <source>Processes:</source>
        <translation>进程数：</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="181"/>
        <source>Precision:</source>
        <translation>精度：</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="188"/>
        <source>For the spindle, the band spans token offsets from -0.75 to +0.25, a typical range: the run computes each token&apos;s offset from the corpus.</source>
        <translation>对于 spindle 调度，色带覆盖的词元偏移从 -0.75 到 +0.25，这是一个典型范围：运行时会根据语料库计算每个词元的偏移。</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="194"/>
        <source>Start Training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="195"/>
        <source>Load…</source>
        <translation>加载…</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="196"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="203"/>
        <source>Load Config</source>
        <translation>加载配置</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="203"/>
        <location filename="../app/newexperimentdialog.cpp" line="209"/>
        <source>Configs (*.json)</source>
        <translation>配置 (*.json)</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="209"/>
        <source>Save Config</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="258"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="259"/>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="259"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="262"/>
        <source>Choose Folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="263"/>
        <source>Choose File</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="302"/>
        <source>the paper starts from bert-base-uncased: choose its Hugging Face folder</source>
        <translation>论文从 bert-base-uncased 开始：请选择其 Hugging Face 文件夹</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="303"/>
        <source>empty: random weights</source>
        <translation>留空：随机权重</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="379"/>
        <source>choose %1</source>
        <translation>请选择%1</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="384"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="386"/>
        <source>not a readable file</source>
        <translation>不是可读文件</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="388"/>
        <source>a training corpus</source>
        <translation>训练语料库</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="393"/>
        <source>expected a SentencePiece .model or a BERT vocab.txt</source>
        <translation>应为 SentencePiece .model 或 BERT vocab.txt</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="395"/>
        <source>give the run a name</source>
        <translation>请为运行命名</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="398"/>
        <source>the batch of %1 is shared by the processes: at most %1</source>
        <translation>%1 的批大小由各进程分担：最多 %1</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="401"/>
        <source>seq2seq needs a jsonl corpus with &quot;src&quot; and &quot;trg&quot; per line</source>
        <translation>seq2seq 需要每行含 &quot;src&quot; 和 &quot;trg&quot; 的 jsonl 语料库</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="405"/>
        <source>not a model folder (it has no config.json)</source>
        <translation>不是模型文件夹（缺少 config.json）</translation>
    </message>
    <message>
        <location filename="../app/newexperimentdialog.cpp" line="407"/>
        <source>a run initialised from a pretrained model uses its tokenizer: leave this empty</source>
        <translation>从预训练模型初始化的运行使用该模型的分词器：请留空</translation>
    </message>
</context>
<context>
    <name>RevealGrid</name>
    <message>
        <location filename="../widgets/revealgrid.cpp" line="89"/>
        <source>No trajectory</source>
        <translation>无轨迹</translation>
    </message>
    <message>
        <location filename="../widgets/revealgrid.cpp" line="102"/>
        <source>position</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../widgets/revealgrid.cpp" line="104"/>
        <source>step 1</source>
        <translation>第 1 步</translation>
    </message>
    <message>
        <location filename="../widgets/revealgrid.cpp" line="134"/>
        <source>Position %1: revealed at step %2 (pointer at step %3)</source>
        <translation>位置 %1：在第 %2 步揭示（指针位于第 %3 步）</translation>
    </message>
</context>
<context>
    <name>RunCheckpoints</name>
    <message>
        <location filename="../app/runcheckpoints.cpp" line="27"/>
        <source>best · step %1</source>
        <translation>最佳 · 第 %1 步</translation>
    </message>
    <message>
        <location filename="../app/runcheckpoints.cpp" line="28"/>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <location filename="../app/runcheckpoints.cpp" line="31"/>
        <source> · validation NELBO %1 nats/token</source>
        <translation> · 验证 NELBO %1 nats/词元</translation>
    </message>
</context>
<context>
    <name>RunHistoryPanel</name>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="57"/>
        <source>Filter runs</source>
        <translation>筛选运行</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="58"/>
        <source>Filters</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="195"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="195"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="195"/>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="195"/>
        <source>Schedule</source>
        <translation>噪声调度</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="195"/>
        <source>Time design</source>
        <translation>时间设计</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="201"/>
        <location filename="../app/runhistorypanel.cpp" line="205"/>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="206"/>
        <source>Created from</source>
        <translation>创建时间起</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="207"/>
        <source>Created to</source>
        <translation>创建时间止</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="208"/>
        <source>Show archived runs</source>
        <translation>显示已归档的运行</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="290"/>
        <source>Add Metric Column</source>
        <translation>添加指标列</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="294"/>
        <source>%1 (best)</source>
        <translation>%1（最佳）</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="294"/>
        <source>%1 (last)</source>
        <translation>%1（最后）</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="303"/>
        <source>Remove This Metric Column</source>
        <translation>移除此指标列</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/runhistorypanel.cpp" line="318"/>
        <source>Compare %n Run(s)</source>
        <translation>
            <numerusform>比较 %n 个运行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="323"/>
        <source>Unarchive</source>
        <translation>取消归档</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="323"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="327"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="329"/>
        <source>Export Config (JSON)…</source>
        <translation>导出配置 (JSON)…</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="333"/>
        <source>Export Config</source>
        <translation>导出配置</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="334"/>
        <source>Configs (*.json)</source>
        <translation>配置 (*.json)</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="350"/>
        <source>Could not change the run store: %1</source>
        <translation>无法修改运行记录库：%1</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="372"/>
        <source>A run that is training cannot be deleted; stop it first.</source>
        <translation>正在训练的运行无法删除；请先停止它。</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="380"/>
        <source>Run %1 &apos;%2&apos; is being written by process %3 on %4; stop it first. Nothing was deleted.</source>
        <translation>运行 %1“%2”正由 %4 上的进程 %3 写入；请先停止它。未删除任何内容。</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="397"/>
        <source>%1 also holds the checkpoints of run %2; delete that run too, or keep the files.</source>
        <translation>%1 中也存有运行 %2 的检查点；请同时删除该运行，或保留这些文件。</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="413"/>
        <source>The runs were deleted from the store, but these folders could not be removed: %1</source>
        <translation>运行已从运行记录库中删除，但以下文件夹无法移除：%1</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="415"/>
        <source>Could not delete: %1</source>
        <translation>无法删除：%1</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="434"/>
        <source>Delete Runs</source>
        <translation>删除运行</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/runhistorypanel.cpp" line="435"/>
        <source>Delete %n run(s) from the run store: %1?
Their metrics, samples, evaluations and trajectories are removed; this cannot be undone.</source>
        <translation>
            <numerusform>从运行记录库中删除 %n 个运行：%1？
它们的指标、样本、评估和轨迹将被移除；此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="439"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="441"/>
        <source>Also delete the run folders on disk (%1)</source>
        <translation>同时删除磁盘上的运行文件夹（%1）</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="441"/>
        <source>none known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../app/runhistorypanel.cpp" line="457"/>
        <source>The run is no longer in the store.</source>
        <translation>该运行已不在运行记录库中。</translation>
    </message>
</context>
<context>
    <name>RunListModel</name>
    <message>
        <location filename="../app/runlistmodel.cpp" line="230"/>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="257"/>
        <source>%1 (best)</source>
        <translation>%1（最佳）</translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="257"/>
        <source>%1 (last)</source>
        <translation>%1（最后）</translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="260"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="261"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="262"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="263"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="264"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="265"/>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="266"/>
        <source>Schedule</source>
        <translation>噪声调度</translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="267"/>
        <source>Time design</source>
        <translation>时间设计</translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="268"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../app/runlistmodel.cpp" line="310"/>
        <source>Could not save to the run store: %1</source>
        <translation>无法保存到运行记录库：%1</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../app/runpage.cpp" line="86"/>
        <source>Train the Demo Model</source>
        <translation>训练演示模型</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="93"/>
        <source>New Experiment…</source>
        <translation>新建实验…</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="106"/>
        <location filename="../app/runpage.cpp" line="279"/>
        <source>Select a run, or start one with New Experiment.</source>
        <translation>请选择一个运行，或通过“新建实验”开始一个。</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="139"/>
        <source>x axis:</source>
        <translation>x 轴：</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="140"/>
        <source>step</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="141"/>
        <source>wall time (s)</source>
        <translation>墙钟时间（秒）</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="142"/>
        <source>tokens seen</source>
        <translation>已见词元数</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="143"/>
        <source>smoothing:</source>
        <translation>平滑：</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="144"/>
        <source>log y</source>
        <translation>对数 y 轴</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="145"/>
        <source>Steps whose loss or gradient was not finite; their update was skipped</source>
        <translation>损失或梯度非有限值的步；这些步的更新已跳过</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="176"/>
        <source>Training loss (nats/sentence)</source>
        <translation>训练损失（nats/句）</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="177"/>
        <source>NELBO (nats/token)</source>
        <translation>NELBO（nats/词元）</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="178"/>
        <source>Perplexity bound per token</source>
        <translation>每词元困惑度上界</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="179"/>
        <source>Perplexity bound per word (paper)</source>
        <translation>每词困惑度上界（论文）</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="180"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="181"/>
        <source>Gradient norm (before clipping)</source>
        <translation>梯度范数（裁剪前）</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="182"/>
        <source>Throughput (tokens/s)</source>
        <translation>吞吐量（词元/秒）</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="183"/>
        <source>Skipped steps (non-finite loss or gradient)</source>
        <translation>跳过的步（损失或梯度非有限）</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="187"/>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="187"/>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="230"/>
        <source>Evaluated step %1 on %2 (s = %3 of T = %4, %5, %6 sentences): NELBO %7 %8 ± %9 nats/token, perplexity per word %7 %10</source>
        <translation>已在 %2 上评估第 %1 步（s = %3，T = %4，%5，%6 句）：NELBO %7 %8 ± %9 nats/词元，每词困惑度 %7 %10</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="240"/>
        <source> (not a bound: %1)</source>
        <translation> (不是上界：%1)</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="260"/>
        <source>Training loss (mlm, BERT&apos;s masked language model): the cross-entropy of the 15% chosen tokens (80% masked, 10% random, 10% kept), per sentence. It is not a bound: the NELBO chart shows the model as a diffusion denoiser.</source>
        <translation>训练损失（mlm，BERT 的掩码语言模型）：被选中的 15% 词元（80% 替换为掩码、10% 随机替换、10% 保持不变）的交叉熵，按句计。它不是上界：NELBO 图表展示的是该模型作为扩散去噪器的表现。</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="264"/>
        <source>Training loss (nelbo, MDLM): the continuous-time NELBO of each sentence at one sampled time, a weighted cross-entropy over its masked tokens. Its mean over time is the bound in the NELBO chart.</source>
        <translation>训练损失（nelbo，MDLM）：每个句子在一个采样时间上的连续时间 NELBO，即其掩码词元上的加权交叉熵。它对时间的平均即为 NELBO 图表中的上界。</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="266"/>
        <source>Training loss (d3pm-hybrid, the paper&apos;s): the KL between the true and the model&apos;s posterior at one sampled step t (the cross-entropy at the first step), plus λ = %1 times the cross-entropy of every real token, per sentence. It is not a bound: compare runs by the NELBO chart.</source>
        <translation>训练损失（d3pm-hybrid，论文所用）：在一个采样步 t 上真实后验与模型后验之间的 KL（第一步为交叉熵），加上 λ = %1 乘以每个真实词元的交叉熵，按句计。它不是上界：请通过 NELBO 图表比较运行。</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="291"/>
        <source>Select a run on the left to see its charts and samples, or start another.</source>
        <translation>在左侧选择一个运行以查看其图表和样本，或开始新的运行。</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="292"/>
        <source>&lt;p&gt;&lt;b&gt;No runs yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Train the demo model: a small DiffusionBERT with the spindle schedule on the bundled Brown corpus, a minute or two on two cores. Its loss and perplexity appear here live; once it has a checkpoint, the Denoise page generates from it step by step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;尚无运行。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;训练演示模型：在内置的 Brown 语料库上用 spindle 调度训练一个小型 DiffusionBERT，在两个核心上只需一两分钟。其损失和困惑度会实时显示在这里；一旦有了检查点，“去噪”页面就能基于它逐步生成。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="330"/>
        <source>interrupted: its process stopped without finishing (Resume Run continues it from its last checkpoint)</source>
        <translation>已中断：其进程未完成即停止（“恢复运行”可从最后一个检查点继续）</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="332"/>
        <source>%1 by process %2 on %3</source>
        <translation>%1（%3 上的进程 %2）</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="335"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 · created %3 · model %4, %5 schedule, time design %6, objective %7 · seed %8 · %9 threads, BLAS %10 · code %11</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 · 创建于 %3 · 模型 %4，%5 调度，时间设计 %6，目标函数 %7 · 种子 %8 · %9 个线程，BLAS %10 · 代码 %11</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="355"/>
        <source>step %1 of %2 · finished</source>
        <translation>第 %1 / %2 步 · 已完成</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="357"/>
        <source>step %1 of %2 · %3 left</source>
        <translation>第 %1 / %2 步 · 剩余 %3</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="359"/>
        <source>step %1 of %2</source>
        <translation>第 %1 / %2 步</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/runpage.cpp" line="378"/>
        <source>⚠ %n skipped step(s)</source>
        <translation>
            <numerusform>⚠ 跳过了 %n 步</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="378"/>
        <source>no skipped steps</source>
        <translation>无跳过的步</translation>
    </message>
    <message>
        <location filename="../app/runpage.cpp" line="388"/>
        <source>Cannot read the run: %1</source>
        <translation>无法读取运行：%1</translation>
    </message>
</context>
<context>
    <name>RunProgress</name>
    <message>
        <location filename="../app/runprogress.h" line="40"/>
        <source>under a second</source>
        <translation>不到一秒</translation>
    </message>
    <message>
        <location filename="../app/runprogress.h" line="43"/>
        <source>about %1 s</source>
        <translation>约 %1 秒</translation>
    </message>
    <message>
        <location filename="../app/runprogress.h" line="45"/>
        <source>about %1 min %2 s</source>
        <translation>约 %1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../app/runprogress.h" line="46"/>
        <source>about %1 h %2 min</source>
        <translation>约 %1 小时 %2 分</translation>
    </message>
</context>
<context>
    <name>SamplerSummary</name>
    <message>
        <location filename="../app/samplersummary.cpp" line="17"/>
        <source>prompt “%1”</source>
        <translation>提示“%1”</translation>
    </message>
    <message>
        <location filename="../app/samplersummary.cpp" line="21"/>
        <source>step size %1</source>
        <translation>步长 %1</translation>
    </message>
    <message>
        <location filename="../app/samplersummary.cpp" line="23"/>
        <source>temperature %1</source>
        <translation>温度 %1</translation>
    </message>
    <message>
        <location filename="../app/samplersummary.cpp" line="25"/>
        <source>top-k %1</source>
        <translation>top-k %1</translation>
    </message>
    <message>
        <location filename="../app/samplersummary.cpp" line="27"/>
        <source>top-p %1</source>
        <translation>top-p %1</translation>
    </message>
</context>
<context>
    <name>SamplesModel</name>
    <message>
        <location filename="../app/runpage.cpp" line="57"/>
        <source>step %1: %2</source>
        <translation>第 %1 步：%2</translation>
    </message>
</context>
<context>
    <name>SamplingController</name>
    <message>
        <location filename="../app/samplingcontroller.cpp" line="42"/>
        <source>Sampling cancelled.</source>
        <translation>采样已取消。</translation>
    </message>
    <message>
        <location filename="../app/samplingcontroller.cpp" line="44"/>
        <source>The samples are shown but could not be saved to the run store: %1</source>
        <translation>样本已显示，但无法保存到运行记录库：%1</translation>
    </message>
</context>
<context>
    <name>ScheduleChart</name>
    <message>
        <location filename="../widgets/schedulechart.cpp" line="47"/>
        <source>most to least informative token</source>
        <translation>信息量从高到低的词元</translation>
    </message>
    <message>
        <location filename="../widgets/schedulechart.cpp" line="55"/>
        <source>keep probability (base)</source>
        <translation>保留概率（基准）</translation>
    </message>
    <message>
        <location filename="../widgets/schedulechart.cpp" line="75"/>
        <source>Keep probability over time</source>
        <translation>保留概率随时间的变化</translation>
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
        <translation>无法为各进程写入运行配置：%1</translation>
    </message>
    <message>
        <location filename="../app/trainingcontroller.cpp" line="105"/>
        <source>dbw train crashed</source>
        <translation>dbw train 已崩溃</translation>
    </message>
    <message>
        <location filename="../app/trainingcontroller.cpp" line="105"/>
        <source>dbw train exited with status %1</source>
        <translation>dbw train 已退出，状态码 %1</translation>
    </message>
    <message>
        <location filename="../app/trainingcontroller.cpp" line="117"/>
        <source>cannot start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/trainingcontroller.cpp" line="119"/>
        <source>starting %1 processes</source>
        <translation>正在启动 %1 个进程</translation>
    </message>
</context>
<context>
    <name>TrajectoryFrames</name>
    <message>
        <location filename="../app/trajectoryframes.cpp" line="78"/>
        <source>&lt;b&gt;%1&lt;/b&gt; fixed by the prompt</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 由提示固定</translation>
    </message>
    <message>
        <location filename="../app/trajectoryframes.cpp" line="83"/>
        <source>&lt;b&gt;%1&lt;/b&gt; revealed at step %2 with p = %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 在第 %2 步以 p = %3 揭示</translation>
    </message>
    <message>
        <location filename="../app/trajectoryframes.cpp" line="88"/>
        <source>Masked until step %1</source>
        <translation>掩码直至第 %1 步</translation>
    </message>
    <message>
        <location filename="../app/trajectoryframes.cpp" line="92"/>
        <source>The network has not run for this position yet.</source>
        <translation>网络尚未针对此位置运行。</translation>
    </message>
    <message>
        <location filename="../app/trajectoryframes.cpp" line="93"/>
        <source>Top alternatives at step %1:</source>
        <translation>第 %1 步概率最高的候选：</translation>
    </message>
    <message>
        <location filename="../app/trajectoryframes.cpp" line="105"/>
        <source>Frame 0 of %1 · t = %2 · α = 0 · %3 masks · nothing revealed yet</source>
        <translation>第 0 / %1 帧 · t = %2 · α = 0 · %3 个掩码 · 尚未揭示任何词元</translation>
    </message>
    <message>
        <location filename="../app/trajectoryframes.cpp" line="111"/>
        <source>Frame %1 of %2 · t = %3 · α = %4 · %5 masks left · %6 revealed this step · network ran for %7 of %8 samples%9</source>
        <translation>第 %1 / %2 帧 · t = %3 · α = %4 · 剩余 %5 个掩码 · 本步揭示 %6 个 · 网络对 %8 个样本中的 %7 个运行了%9</translation>
    </message>
    <message>
        <location filename="../app/trajectoryframes.cpp" line="120"/>
        <source> (the others served from the cache or already complete)</source>
        <translation> (其余样本由缓存提供或已完成)</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <location filename="../app/translations.cpp" line="40"/>
        <source>Qt&apos;s own texts for %1 are not installed in %2 (Debian package qt6-translations-l10n)</source>
        <translation>Qt 自身的 %1 翻译未安装在 %2 中（Debian 软件包 qt6-translations-l10n）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="26"/>
        <source>LibTorch threads (default: all cores).</source>
        <translation>LibTorch 线程数（默认：全部核心）。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="30"/>
        <source>Open a recorded reverse process (dbw sample --trajectory) in the denoising viewer.</source>
        <translation>在去噪查看器中打开已录制的反向过程 (dbw sample --trajectory)。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="34"/>
        <source>Write a PNG of each page, from the store&apos;s newest runs, into FOLDER and quit.</source>
        <translation>用运行记录库中最新的运行为每个页面生成 PNG，写入 FOLDER 后退出。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="40"/>
        <source>Workbench for discrete diffusion language models.</source>
        <translation>离散扩散语言模型工作台。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="45"/>
        <source>Corpus to open (default: the bundled demo corpus).</source>
        <translation>要打开的语料库（默认：内置演示语料库）。</translation>
    </message>
</context>
</TS>
