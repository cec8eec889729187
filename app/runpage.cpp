#include "runpage.h"

#include "chartbuckets.h"

#include "metricchart.h"
#include "runprogress.h"

#include "store/runstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

void SamplesModel::retranslate() {
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0), index(m_entries.size() - 1), {Qt::DisplayRole});
}

void SamplesModel::setEntries(QVector<Entry> entries) {
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int SamplesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_entries.size();
}

QVariant SamplesModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries[index.row()];
    if (role == Qt::DisplayRole)
        return tr("step %1: %2").arg(entry.step).arg(entry.text);
    if (role == Qt::ToolTipRole)
        return entry.text;
    return {};
}

RunPage::RunPage(QWidget *parent) : QWidget(parent), m_samples(new SamplesModel(this)) {
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    outer->addWidget(m_pages);

    // What to do first, instead of empty charts.
    auto *start = new QWidget(m_pages);
    start->setObjectName(QStringLiteral("startPage"));
    auto *startLayout = new QVBoxLayout(start);
    startLayout->addStretch();
    m_startText = new QLabel(start);
    m_startText->setObjectName(QStringLiteral("startText"));
    m_startText->setWordWrap(true);
    m_startText->setAlignment(Qt::AlignCenter);
    m_startText->setFixedWidth(
        560);  // a wrapped label under an alignment gets no height for its width otherwise
    startLayout->addWidget(m_startText, 0, Qt::AlignHCenter);
    auto *startButtons = new QHBoxLayout;
    startButtons->addStretch();
    auto *trainDemo = new QPushButton(start);
    m_texts.add([trainDemo] { trainDemo->setText(tr("Train the Demo Model")); });
    trainDemo->setObjectName(QStringLiteral("trainDemo"));
    trainDemo->setDefault(true);
    m_trainDemo = trainDemo;
    connect(trainDemo, &QPushButton::clicked, this, &RunPage::trainDemoRequested);
    startButtons->addWidget(trainDemo);
    auto *newExperiment = new QPushButton(start);
    m_texts.add([newExperiment] { newExperiment->setText(tr("New Experiment…")); });
    connect(newExperiment, &QPushButton::clicked, this, &RunPage::newExperimentRequested);
    startButtons->addWidget(newExperiment);
    startButtons->addStretch();
    startLayout->addLayout(startButtons);
    startLayout->addStretch();
    m_pages->addWidget(start);

    auto *content = new QWidget(m_pages);
    m_pages->addWidget(content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    setStoreHasRuns(false);
    m_overview = new QLabel(tr("Select a run, or start one with New Experiment."), this);
    m_overview->setObjectName(QStringLiteral("runOverview"));
    m_overview->setWordWrap(true);
    m_overview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_overview);

    // The run's stored evaluations (Evaluate… or dbw eval), newest first, each with its recipe.
    m_evaluations = new QLabel(this);
    m_evaluations->setObjectName(QStringLiteral("runEvaluations"));
    m_evaluations->setWordWrap(true);
    m_evaluations->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_evaluations->setVisible(false);
    layout->addWidget(m_evaluations);

    auto *controls = new QHBoxLayout;
    auto *xLabel = new QLabel(this);
    controls->addWidget(xLabel);
    m_xAxis = new QComboBox(this);
    m_xAxis->addItems({QString(), QString(), QString()});
    controls->addWidget(m_xAxis);
    auto *smoothingLabel = new QLabel(this);
    controls->addWidget(smoothingLabel);
    m_smoothing = new QSlider(Qt::Horizontal, this);
    m_smoothing->setRange(0, 99);
    m_smoothing->setValue(60);
    m_smoothing->setMaximumWidth(160);
    controls->addWidget(m_smoothing);
    m_logScale = new QCheckBox(this);
    controls->addWidget(m_logScale);
    controls->addStretch();
    m_skipped = new QLabel(this);
    m_skipped->setObjectName(QStringLiteral("skippedBadge"));
    m_texts.add([=, this] {
        xLabel->setText(tr("x axis:"));
        m_xAxis->setItemText(0, tr("step"));
        m_xAxis->setItemText(1, tr("wall time (s)"));
        m_xAxis->setItemText(2, tr("tokens seen"));
        smoothingLabel->setText(tr("smoothing:"));
        m_logScale->setText(tr("log y"));
        m_skipped->setToolTip(
            tr("Steps whose loss or gradient was not finite; their update was skipped"));
    });
    controls->addWidget(m_skipped);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setMinimumWidth(260);
    m_progress->setVisible(false);
    controls->addWidget(m_progress);
    layout->addLayout(controls);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *grid = new QWidget(splitter);
    auto *gridLayout = new QGridLayout(grid);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    // Titles carry units. The training loss of d3pm-hybrid is the step's KL plus lambda times the
    // cross-entropy, per sentence; the NELBO estimates are comparable across objectives.
    const QList<QStringList> metrics = {
        {QStringLiteral("train/loss")},
        {QStringLiteral("valid/nelbo"), QStringLiteral("train/nelbo")},
        {QStringLiteral("valid/ppl_bound")},
        {QStringLiteral("valid/ppl_word")},
        {QStringLiteral("train/lr")},
        {QStringLiteral("train/grad_norm")},
        {QStringLiteral("train/tokens_per_s")},
        {QStringLiteral("train/skipped")}};
    for (int i = 0; i < metrics.size(); ++i) {
        auto *chart = new MetricChart(grid);
        chart->setObjectName(QStringLiteral("chart:") + metrics[i].first());
        gridLayout->addWidget(chart, i / 4, i % 4);
        m_charts.append({metrics[i], {}, chart});
    }
    m_texts.add([this] {
        const QStringList titles = {tr("Training loss (nats/sentence)"),
                                    tr("NELBO (nats/token)"),
                                    tr("Perplexity bound per token"),
                                    tr("Perplexity bound per word (paper)"),
                                    tr("Learning rate"),
                                    tr("Gradient norm (before clipping)"),
                                    tr("Throughput (tokens/s)"),
                                    tr("Skipped steps (non-finite loss or gradient)")};
        for (int i = 0; i < m_charts.size(); ++i) {
            m_charts[i].chart->setTitle(titles[i]);
            if (m_charts[i].metrics.size() > 1)
                m_charts[i].labels = {tr("validation"), tr("training")};
        }
    });
    m_sampleView = new QListView(splitter);
    m_sampleView->setObjectName(QStringLiteral("sampleList"));
    m_sampleView->setModel(m_samples);
    m_sampleView->setWordWrap(true);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_xAxis, &QComboBox::currentIndexChanged, this, [this] {
        m_watch.reset();  // same data, another axis: read again
        refresh();
    });
    // Smoothing applies to training series only (see refresh): a validation curve of a few
    // points must end on its last value.
    connect(m_smoothing, &QSlider::valueChanged, this, [this](int value) {
        for (const ChartSpec &spec : m_charts)
            spec.chart->setSmoothing(value / 100.0);
    });
    connect(m_logScale, &QCheckBox::toggled, this, [this](bool on) {
        for (const ChartSpec &spec : m_charts)
            spec.chart->setLogScale(on);
    });
}

MetricChart *RunPage::chart(const QString &metric) const {
    for (const ChartSpec &spec : m_charts)
        if (spec.metrics.contains(metric))
            return spec.chart;
    return nullptr;
}

void RunPage::showEvaluations(const std::vector<dbw::EvalRecord> &evals) {
    QStringList lines;
    const QLocale locale;
    for (auto eval = evals.rbegin(); eval != evals.rend() && lines.size() < 3; ++eval) {
        const QJsonObject recipe =
            QJsonDocument::fromJson(QByteArray::fromStdString(eval->recipeJson)).object();
        const QJsonObject results =
            QJsonDocument::fromJson(QByteArray::fromStdString(eval->resultsJson)).object();
        const bool bound = recipe["is_bound"].toBool(true);
        QString line =
            tr("Evaluated step %1 on %2 (s = %3 of T = %4, %5, %6 sentences): NELBO %7 %8 ± %9 "
               "nats/token, "
               "perplexity per word %7 %10")
                .arg(QString::number(eval->step),
                     QFileInfo(QString::fromStdString(eval->split)).fileName().toHtmlEscaped(),
                     QString::number(recipe["step_size"].toInt()),
                     QString::number(recipe["T"].toInt()), recipe["estimator"].toString(),
                     QString::number(recipe["sentences"].toInteger()),
                     bound ? QStringLiteral("≤") : QStringLiteral("≈"),
                     locale.toString(results["nats_per_token"].toDouble(), 'f', 4),
                     locale.toString(results["standard_error_nats_per_token"].toDouble(), 'f', 4))
                .arg(locale.toString(results["perplexity_per_word"].toDouble(), 'f', 1));
        if (!bound)
            line += tr(" (not a bound: %1)")
                        .arg(recipe["not_a_bound_because"].toString().toHtmlEscaped());
        lines.append(line);
    }
    m_evaluations->setText(lines.join(QStringLiteral("<br>")));
    m_evaluations->setVisible(!lines.isEmpty());
}

QString RunPage::evaluationsText() const {
    return m_evaluations->text();
}

QString RunPage::overviewText() const {
    return m_overview->text();
}

QString RunPage::lossExplanation(const QJsonObject &diffusion) {
    if (diffusion["objective"].toString() == QLatin1String("mlm"))
        return tr(
            "Training loss (mlm, BERT's masked language model): the cross-entropy of the 15% "
            "chosen tokens (80% masked, "
            "10% random, 10% kept), per sentence. It is not a bound: the NELBO chart shows the "
            "model as a diffusion "
            "denoiser.");
    if (diffusion["objective"].toString() == QLatin1String("nelbo"))
        return tr(
            "Training loss (nelbo, MDLM): the continuous-time NELBO of each sentence at one "
            "sampled time, "
            "a weighted cross-entropy over its masked tokens. Its mean over time is the bound in "
            "the NELBO chart.");
    return tr("Training loss (d3pm-hybrid, the paper's): the KL between the true and the model's "
              "posterior at one sampled "
              "step t (the cross-entropy at the first step), plus λ = %1 times the cross-entropy "
              "of every real token, "
              "per sentence. It is not a bound: compare runs by the NELBO chart.")
        .arg(QLocale().toString(diffusion["hybrid_lambda"].toDouble(), 'g', 3));
}

void RunPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        setStoreHasRuns(m_storeHasRuns);
        m_samples->retranslate();
        if (m_runId == 0)
            m_overview->setText(tr("Select a run, or start one with New Experiment."));
        m_watch.reset();  // the overview, legends and badges are made from the store: read again
        for (const ChartSpec &spec : m_charts)
            spec.chart->clear();  // legends carry the old language's names
        refresh();
    }
    QWidget::changeEvent(event);
}

void RunPage::setStoreHasRuns(bool hasRuns) {
    m_storeHasRuns = hasRuns;
    m_startText->setText(
        hasRuns
            ? tr("Select a run on the left to see its charts and samples, or start another.")
            : tr("<p><b>No runs yet.</b></p><p>Train the demo model: a small DiffusionBERT with "
                 "the spindle "
                 "schedule on the bundled Brown corpus, a minute or two on two cores. Its loss and "
                 "perplexity appear here live; once it has a checkpoint, the Denoise page "
                 "generates "
                 "from it step by step.</p>"));
    m_startText->setMinimumHeight(m_startText->heightForWidth(m_startText->width()));
    m_trainDemo->setVisible(!hasRuns);
}

bool RunPage::showsStartPage() const {
    return m_pages->currentIndex() == 0;
}

void RunPage::showRun(const QString &storePath, qint64 runId) {
    m_storePath = storePath;
    m_runId = runId;
    m_pages->setCurrentIndex(runId == 0 ? 0 : 1);
    m_watch.reset();
    refresh();
}

void RunPage::refresh() {
    if (m_runId == 0 || !QFileInfo::exists(m_storePath))
        return;
    // Nothing committed since the last read: nothing to show anew, unless the run's writer was
    // alive, since it can die without a commit (the run then reads as interrupted).
    if (!m_watch.changed(m_storePath) && !m_shownWriting)
        return;
    try {
        const dbw::RunStore store(m_storePath.toStdString(), dbw::RunStore::Mode::ReadOnly);
        const auto run = store.run(m_runId);
        if (!run)
            return;
        m_shownWriting =
            run->status == dbw::RunStatus::Running || run->status == dbw::RunStatus::Paused;
        QString status = QString::fromStdString(dbw::toString(run->status));
        if (run->status == dbw::RunStatus::Interrupted)
            status =
                tr("interrupted: its process stopped without finishing (Resume Run continues it "
                   "from its last checkpoint)");
        else if (run->live())
            status = tr("%1 by process %2 on %3")
                         .arg(status)
                         .arg(run->writerPid)
                         .arg(QString::fromStdString(run->writerHost).toHtmlEscaped());
        const QJsonObject config =
            QJsonDocument::fromJson(QByteArray::fromStdString(run->configJson)).object();
        const QJsonObject hardware =
            QJsonDocument::fromJson(QByteArray::fromStdString(run->hardwareJson)).object();
        m_overview->setText(
            tr("<b>%1</b> — %2 · created %3 · model %4, %5 schedule, time design %6, objective %7 "
               "· "
               "seed %8 · %9 threads, BLAS %10 · code %11")
                .arg(QString::fromStdString(run->name).toHtmlEscaped(), status,
                     QString::fromStdString(run->createdAt).left(19).replace('T', ' '),
                     config["model"].toObject()["preset"].toString(),
                     config["diffusion"].toObject()["schedule"].toString(),
                     config["model"].toObject()["time_design"].toString(),
                     config["diffusion"].toObject()["objective"].toString())
                .arg(run->seed ? QString::number(*run->seed) : QStringLiteral("-"))
                .arg(hardware["threads"].toInt())
                .arg(hardware["blas"].toString(),
                     QString::fromStdString(run->codeVersion).toHtmlEscaped()) +
            QStringLiteral("<br><small>") + lossExplanation(config["diffusion"].toObject()) +
            QStringLiteral("</small>"));
        chart(QStringLiteral("train/loss"))
            ->setToolTip(lossExplanation(config["diffusion"].toObject()));
        // Progress from what the writer committed, whoever it is; the ETA only while it is alive.
        const qint64 total = config["training"].toObject()["steps"].toInteger();
        const RunProgress progress =
            RunProgress::of(store.readDecimated(m_runId, "train/loss", 64), total);
        m_progress->setVisible(total > 0);
        m_progress->setRange(
            0, static_cast<int>(std::min<qint64>(total, std::numeric_limits<int>::max())));
        m_progress->setValue(
            static_cast<int>(std::min<qint64>(progress.done, m_progress->maximum())));
        if (run->status == dbw::RunStatus::Finished)
            m_progress->setFormat(tr("step %1 of %2 · finished").arg(progress.done).arg(total));
        else if (run->live() && progress.secondsLeft >= 0)
            m_progress->setFormat(tr("step %1 of %2 · %3 left")
                                      .arg(progress.done)
                                      .arg(total)
                                      .arg(RunProgress::formatDuration(progress.secondsLeft)));
        else
            m_progress->setFormat(tr("step %1 of %2").arg(progress.done).arg(total));
        const int mode = m_xAxis->currentIndex();
        for (const ChartSpec &spec : m_charts) {
            // One bucket per horizontal pixel of the chart: a million points stay cheap.
            const int width = std::max(50, spec.chart->width());
            spec.chart->setXAxisTitle(m_xAxis->currentText());
            for (int i = 0; i < spec.metrics.size(); ++i) {
                const QString &metric = spec.metrics[i];
                const auto buckets =
                    chartBuckets(store.readDecimated(m_runId, metric.toStdString(), width),
                                 static_cast<ChartXAxis>(mode));
                spec.chart->setSeries(i, spec.labels.value(i, QString::fromStdString(run->name)),
                                      buckets, metric.startsWith(QStringLiteral("train/")));
            }
        }
        // Skipped steps: a badge while there are none, the chart once there are.
        double skipped = 0;
        for (const dbw::MetricSummary &summary : store.summaries(m_runId))
            if (summary.name == "train/skipped" && std::isfinite(summary.last))
                skipped = summary.last;
        chart(QStringLiteral("train/skipped"))->setVisible(skipped > 0);
        m_skipped->setText(skipped > 0
                               ? tr("⚠ %n skipped step(s)", nullptr, static_cast<int>(skipped))
                               : tr("no skipped steps"));
        m_skipped->setStyleSheet(skipped > 0 ? QStringLiteral("color: #D55E00; font-weight: bold")
                                             : QString());
        showEvaluations(store.evals(m_runId));
        QVector<SamplesModel::Entry> entries;
        const auto samples = store.samples(m_runId);
        for (auto it = samples.rbegin(); it != samples.rend(); ++it)
            entries.append({it->step, QString::fromStdString(it->text)});
        if (entries.size() != m_samples->rowCount())
            m_samples->setEntries(entries);
    } catch (const std::exception &error) {
        m_overview->setText(
            tr("Cannot read the run: %1").arg(QString::fromStdString(error.what())));
    }
}
