#include "comparepage.h"

#include "configdiffmodel.h"
#include "eval/elbo.h"
#include "exportfiles.h"
#include "metricchart.h"
#include "samplersummary.h"

#include "sample/sampleexport.h"
#include "util/strings.h"

#include <nlohmann/json.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSlider>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <set>
#include <sstream>

namespace {

const QColor kBetter(0x00, 0x9E, 0x73);  // Okabe-Ito bluish green
const QColor kWorse(0xD5, 0x5E, 0x00);   // Okabe-Ito vermillion

QString number(double value) {
    return std::isfinite(value) ? QLocale().toString(value, 'g', 5) : QStringLiteral("—");
}

// A table whose rows grow to their wrapped text at the columns' current widths, also after the
// columns stretch when the view is first shown or resized.
class WrappingTable : public QTableView {
public:
    using QTableView::QTableView;

protected:
    void resizeEvent(QResizeEvent *event) override {
        QTableView::resizeEvent(event);
        QTimer::singleShot(0, this, [this] { resizeRowsToContents(); });
    }
};

// The small multiples: what researchers look at first, in the units of the run page.
const QStringList kGridMetrics = {
    QStringLiteral("valid/nelbo"),     QStringLiteral("valid/ppl_bound"),
    QStringLiteral("valid/ppl_word"),  QStringLiteral("train/loss"),
    QStringLiteral("train/grad_norm"), QStringLiteral("train/tokens_per_s")};

QString signedDelta(double delta) {
    return (delta > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(delta, 'g', 3);
}

// Columns: as wide as their contents (the summary), or sharing the width (samples side by side).
QTableView *tableFor(QAbstractItemModel *model, QWidget *parent, QHeaderView::ResizeMode columns,
                     bool rowNames) {
    auto *view = new WrappingTable(parent);
    view->setModel(model);
    view->setWordWrap(true);
    view->setAlternatingRowColors(true);
    view->horizontalHeader()->setSectionResizeMode(columns);
    view->horizontalHeader()->setStretchLastSection(columns != QHeaderView::Stretch);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->verticalHeader()->setVisible(rowNames);
    return view;
}

}  // namespace

ComparePage::ComparePage(QWidget *parent)
    : QWidget(parent),
      m_loader(new ComparisonLoader(this)),
      m_diff(new ConfigDiffModel(this)),
      m_summary(new QStandardItemModel(this)),
      m_samples(new QStandardItemModel(this)),
      m_likelihood(new QStandardItemModel(this)) {
    auto *layout = new QVBoxLayout(this);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("compareHint"));
    m_hint->setWordWrap(true);
    // The hint, and what applies to the whole comparison (baseline, export), on one line; the
    // chart controls below. In one row they did not fit 1280 pixels in German.
    auto *top = new QHBoxLayout;
    top->addWidget(m_hint, 1);
    layout->addLayout(top);

    auto *controls = new QHBoxLayout;
    m_metricBox = new QComboBox(this);
    m_metricBox->setObjectName(QStringLiteral("compareMetric"));
    // Combos as wide as a typical entry, not the longest metric or run name: the controls row
    // has to fit the German texts at 1280 pixels.
    m_metricBox->setMinimumContentsLength(16);
    m_metricBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_xAxis = new QComboBox(this);
    m_xAxis->addItems({QString(), QString(), QString()});
    m_smoothing = new QSlider(Qt::Horizontal, this);
    m_smoothing->setRange(0, 99);
    m_smoothing->setValue(60);
    m_smoothing->setMaximumWidth(140);
    m_smoothing->setMinimumWidth(60);
    m_logScale = new QCheckBox(this);
    m_baselineBox = new QComboBox(this);
    m_baselineBox->setObjectName(QStringLiteral("baseline"));
    m_baselineBox->setMinimumContentsLength(12);
    m_baselineBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_export = new QToolButton(this);
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_export);
    QAction *chartPng =
        menu->addAction(QString(), this, [this] { chooseExport(Export::ChartPng); });
    QAction *chartSvg =
        menu->addAction(QString(), this, [this] { chooseExport(Export::ChartSvg); });
    QAction *metrics = menu->addAction(QString(), this, [this] { chooseExport(Export::Metrics); });
    QAction *samples = menu->addAction(QString(), this, [this] { chooseExport(Export::Samples); });
    QAction *config = menu->addAction(QString(), this, [this] { chooseExport(Export::Config); });
    m_export->setMenu(menu);
    auto *metricLabel = new QLabel(this);
    controls->addWidget(metricLabel);
    controls->addWidget(m_metricBox);
    auto *xLabel = new QLabel(this);
    controls->addWidget(xLabel);
    controls->addWidget(m_xAxis);
    auto *smoothingLabel = new QLabel(this);
    controls->addWidget(smoothingLabel);
    controls->addWidget(m_smoothing);
    controls->addWidget(m_logScale);
    m_gridToggle = new QCheckBox(this);
    m_gridToggle->setObjectName(QStringLiteral("smallMultiplesToggle"));
    controls->addWidget(m_gridToggle);
    controls->addStretch();
    auto *baselineLabel = new QLabel(this);
    top->addWidget(baselineLabel);
    top->addWidget(m_baselineBox);
    top->addWidget(m_export);
    m_texts.add([=, this] {
        m_xAxis->setItemText(0, tr("step"));
        m_xAxis->setItemText(1, tr("wall time (s)"));
        m_xAxis->setItemText(2, tr("tokens seen"));
        m_logScale->setText(tr("Log y"));
        m_export->setText(tr("Export"));
        chartPng->setText(tr("Chart (PNG)…"));
        chartSvg->setText(tr("Chart (SVG)…"));
        metrics->setText(tr("Metrics of These Runs (CSV)…"));
        samples->setText(tr("Samples of These Runs (txt, jsonl, csv)…"));
        config->setText(tr("Baseline Run's Config (JSON)…"));
        metricLabel->setText(tr("Metric"));
        xLabel->setText(tr("x"));
        smoothingLabel->setText(tr("Smoothing"));
        m_gridToggle->setText(tr("All main metrics"));
        m_gridToggle->setToolTip(
            tr("Small multiples: validation NELBO, perplexity bounds, training loss, gradient norm "
               "and throughput side by side"));
        baselineLabel->setText(tr("Baseline"));
    });
    layout->addLayout(controls);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    // One metric large, or the main metrics as small multiples; hovering a run highlights it and
    // a legend click hides or isolates it in every chart at once.
    m_charts = new QStackedWidget(splitter);
    m_chart = new MetricChart(m_charts);
    m_chart->setObjectName(QStringLiteral("compareChart"));
    m_charts->addWidget(m_chart);
    auto *grid = new QWidget(m_charts);
    grid->setObjectName(QStringLiteral("smallMultiples"));
    auto *gridLayout = new QGridLayout(grid);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < kGridMetrics.size(); ++i) {
        auto *chart = new MetricChart(grid);
        chart->setObjectName(QStringLiteral("grid:") + kGridMetrics[i]);
        chart->setTitle(kGridMetrics[i]);
        gridLayout->addWidget(chart, i / 3, i % 3);
        m_gridCharts.append(chart);
    }
    m_charts->addWidget(grid);
    splitter->addWidget(m_charts);
    for (MetricChart *chart : allCharts()) {
        connect(chart, &MetricChart::seriesHovered, this, [this](const QString &name) {
            for (MetricChart *other : allCharts())
                other->setHighlighted(name);
        });
        connect(chart, &MetricChart::hiddenSeriesChanged, this, [this](const QStringList &names) {
            for (MetricChart *other : allCharts())
                other->setHiddenSeries(names);
        });
    }
    auto *tabs = new QTabWidget(splitter);
    tabs->setObjectName(QStringLiteral("compareTabs"));
    tabs->addTab(tableFor(m_summary, tabs, QHeaderView::ResizeToContents, false), QString());
    auto *diffPage = new QWidget(tabs);
    auto *diffLayout = new QVBoxLayout(diffPage);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    m_onlyDifferences = new QCheckBox(diffPage);
    m_onlyDifferences->setObjectName(QStringLiteral("onlyDifferences"));
    m_onlyDifferences->setChecked(true);
    diffLayout->addWidget(m_onlyDifferences);
    diffLayout->addWidget(tableFor(m_diff, diffPage, QHeaderView::ResizeToContents, false));
    tabs->addTab(diffPage, QString());
    auto *samplesView = tableFor(m_samples, tabs, QHeaderView::Stretch, true);
    // Row heights follow the wrapped text at the columns' real widths (ResizeToContents would
    // measure before the columns stretch and leave very tall rows).
    samplesView->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_samples, &QStandardItemModel::modelReset, samplesView, [samplesView] {
        QTimer::singleShot(0, samplesView, &QTableView::resizeRowsToContents);
    });
    tabs->addTab(samplesView, QString());
    tabs->addTab(tableFor(m_likelihood, tabs, QHeaderView::ResizeToContents, false), QString());
    m_texts.add([=, this] {
        tabs->setTabText(0, tr("Summary"));
        tabs->setTabText(1, tr("Config"));
        tabs->setTabText(2, tr("Samples"));
        tabs->setTabText(3, tr("Likelihood"));
        m_onlyDifferences->setText(tr("Show only differences"));
    });
    splitter->addWidget(tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_onlyDifferences, &QCheckBox::toggled, m_diff,
            &ConfigDiffModel::setShowOnlyDifferences);
    connect(m_metricBox, &QComboBox::activated, this,
            [this] { setMetric(m_metricBox->currentText()); });
    connect(m_xAxis, &QComboBox::currentIndexChanged, this, &ComparePage::reload);
    connect(m_smoothing, &QSlider::valueChanged, this, [this](int value) {
        for (MetricChart *chart : allCharts())
            chart->setSmoothing(value / 100.0);
    });
    connect(m_logScale, &QCheckBox::toggled, this, [this](bool on) {
        for (MetricChart *chart : allCharts())
            chart->setLogScale(on);
    });
    connect(m_gridToggle, &QCheckBox::toggled, this, [this](bool on) {
        m_charts->setCurrentIndex(on ? 1 : 0);
        m_metricBox->setEnabled(!on);
    });
    connect(m_baselineBox, &QComboBox::activated, this, &ComparePage::setBaseline);
    connect(m_loader, &ComparisonLoader::loaded, this, &ComparePage::display);
    connect(m_loader, &ComparisonLoader::failed, this, [this](const QString &message) {
        m_hint->setText(tr("Cannot read the runs: %1").arg(message));
    });
    m_hint->setText(
        tr("Select runs in the list (Ctrl+click or Shift+click for several) to compare them."));
}

void ComparePage::changeEvent(QEvent *event) {
    // Tables, titles and the hint are made from the runs: redone in the new language (and the
    // new locale's number format) by reading them again.
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        if (m_runs.isEmpty())
            m_hint->setText(
                tr("Select runs in the list (Ctrl+click or Shift+click for several) to compare "
                   "them."));
        else
            reload();
    }
    QWidget::changeEvent(event);
}

QVector<MetricChart *> ComparePage::allCharts() const {
    return QVector<MetricChart *>{m_chart} + m_gridCharts;
}

void ComparePage::setRuns(const QString &storePath, const QVector<qint64> &runIds) {
    if (storePath == m_storePath && runIds == m_runIds)
        return;
    m_storePath = storePath;
    m_runIds = runIds;
    m_baseline = 0;
    reload();
}

void ComparePage::setMetric(const QString &metric) {
    if (metric == m_metric)
        return;
    m_metric = metric;
    reload();
}

void ComparePage::reload() {
    ComparisonRequest request;
    request.storePath = m_storePath;
    request.runIds = m_runIds;
    request.metric = m_metric;
    request.xAxis = static_cast<ChartXAxis>(m_xAxis->currentIndex());
    request.buckets = std::max(100, m_chart->width());
    request.gridMetrics = kGridMetrics;
    request.gridBuckets = std::max(100, m_chart->width() / 3);
    m_loader->load(request);
}

void ComparePage::display(const QVector<RunComparison> &runs, const QStringList &metricNames,
                          const QString &metric, double seconds) {
    QElapsedTimer timer;
    timer.start();
    m_runs = runs;
    m_metric = metric;
    m_loadSeconds = seconds;
    {
        const QSignalBlocker blocker(m_metricBox);
        m_metricBox->clear();
        m_metricBox->addItems(metricNames);
        m_metricBox->setCurrentText(metric);
    }
    {
        const QSignalBlocker blocker(m_baselineBox);
        m_baselineBox->clear();
        for (const RunComparison &run : runs)
            m_baselineBox->addItem(run.name);
        m_baseline = std::clamp(m_baseline, 0, std::max(0, int(runs.size()) - 1));
        m_baselineBox->setCurrentIndex(m_baseline);
    }
    QVector<QPair<QString, QVector<MetricChart::Bucket>>> series;
    for (const RunComparison &run : runs)
        series.append({run.name, run.buckets});
    m_chart->setTitle(metric);
    m_chart->setXAxisTitle(m_xAxis->currentText());
    m_chart->setAllSeries(series);
    // Only the metrics some run has, packed into the grid (no empty placeholders).
    auto *gridLayout = static_cast<QGridLayout *>(m_charts->widget(1)->layout());
    for (MetricChart *chart : m_gridCharts)
        gridLayout->removeWidget(chart);
    QVector<MetricChart *> present;
    for (int i = 0; i < m_gridCharts.size(); ++i) {
        QVector<QPair<QString, QVector<MetricChart::Bucket>>> gridSeries;
        bool any = false;
        for (const RunComparison &run : runs) {
            gridSeries.append({run.name, run.gridBuckets.value(kGridMetrics[i])});
            any = any || !gridSeries.last().second.isEmpty();
        }
        m_gridCharts[i]->setXAxisTitle(m_xAxis->currentText());
        m_gridCharts[i]->setAllSeries(gridSeries);
        m_gridCharts[i]->setVisible(any);
        if (any)
            present.append(m_gridCharts[i]);
    }
    const int columns = present.size() > 4 ? 3 : 2;
    for (int i = 0; i < present.size(); ++i)
        gridLayout->addWidget(present[i], i / columns, i % columns);
    QVector<ConfigDiffModel::Config> configs;
    for (const RunComparison &run : runs)
        configs.append({run.name, run.configJson});
    m_diff->setConfigs(configs);
    fillSummary();
    fillSamples();
    fillLikelihood();
    m_drawSeconds = timer.nsecsElapsed() / 1e9;
    m_hint->setText(
        runs.isEmpty()
            ? tr("Select runs in the list (Ctrl+click or Shift+click for several) to compare them.")
            : tr("%n run(s) · read in %1 ms, drawn in %2 ms", nullptr, runs.size())
                  .arg(m_loadSeconds * 1000, 0, 'f', 0)
                  .arg(m_drawSeconds * 1000, 0, 'f', 0));
    Q_EMIT comparisonShown();
}

void ComparePage::setBaseline(int index) {
    m_baseline = index;
    fillSummary();
    fillLikelihood();
}

void ComparePage::fillSummary() {
    m_summary->clear();
    QStringList header = {tr("Metric"), tr("Value")};
    for (const RunComparison &run : m_runs)
        header.append(run.name);
    m_summary->setHorizontalHeaderLabels(header);
    std::set<std::string> names;
    for (const RunComparison &run : m_runs)
        for (const dbw::MetricSummary &summary : run.summaries)
            names.insert(summary.name);
    auto find = [](const RunComparison &run,
                   const std::string &name) -> const dbw::MetricSummary * {
        for (const dbw::MetricSummary &summary : run.summaries)
            if (summary.name == name)
                return &summary;
        return nullptr;
    };
    for (const std::string &name : names) {
        for (const bool best : {true, false}) {
            QList<QStandardItem *> row = {new QStandardItem(QString::fromStdString(name)),
                                          new QStandardItem(best ? tr("best") : tr("last"))};
            const dbw::MetricSummary *base =
                m_runs.isEmpty() ? nullptr : find(m_runs[m_baseline], name);
            for (int r = 0; r < m_runs.size(); ++r) {
                const dbw::MetricSummary *summary = find(m_runs[r], name);
                auto *item = new QStandardItem;
                if (summary) {
                    const double value = best ? summary->best : summary->last;
                    QString text = number(value);
                    if (r != m_baseline && base) {
                        const double delta = value - (best ? base->best : base->last);
                        if (std::isfinite(delta) && delta != 0) {
                            const bool better = summary->higherIsBetter ? delta > 0 : delta < 0;
                            text += QStringLiteral("  (%1 %2)")
                                        .arg(signedDelta(delta),
                                             better ? QStringLiteral("▲") : QStringLiteral("▼"));
                            item->setForeground(better ? kBetter : kWorse);
                            item->setToolTip(better ? tr("better than the baseline")
                                                    : tr("worse than the baseline"));
                        }
                    }
                    item->setText(text);
                    item->setData(value, Qt::UserRole);
                }
                row.append(item);
            }
            m_summary->appendRow(row);
        }
    }
}

// Each run's newest evaluation; against the baseline's, sentence by sentence where the recipes
// agree (a paired difference: what both models find hard cancels). Evaluations that are not a bound
// say so instead of showing a number as one.
void ComparePage::fillLikelihood() {
    m_likelihood->clear();
    m_likelihood->setHorizontalHeaderLabels(
        {tr("Run"), tr("Evaluation"), tr("nats/token (−log p(x))"), tr("given the length"),
         tr("Δ vs baseline ± paired SE"), tr("unpaired SE"), tr("Generation (seq2seq)")});
    if (m_runs.isEmpty())
        return;
    auto recipeOf = [](const dbw::EvalRecord &eval) {
        return nlohmann::json::parse(eval.recipeJson, nullptr, false);
    };
    auto notABound = [&](const dbw::EvalRecord &eval) -> QString {
        const auto recipe = recipeOf(eval);
        if (!recipe.is_object())
            return tr("recipe unreadable");
        if (recipe.contains("invalid") && recipe["invalid"].is_string())
            return tr("invalid: %1")
                .arg(QString::fromStdString(recipe["invalid"].get<std::string>()));
        if (!recipe.value("is_bound", true))
            return tr("not a bound: %1")
                .arg(QString::fromStdString(
                    recipe.value("not_a_bound_because", std::string("see the recipe"))));
        return {};
    };
    const std::vector<dbw::EvalRecord> &baseEvals = m_runs[m_baseline].evals;
    const dbw::EvalRecord *base = baseEvals.empty() ? nullptr : &baseEvals.back();
    for (int r = 0; r < m_runs.size(); ++r) {
        const RunComparison &run = m_runs[r];
        QList<QStandardItem *> row = {
            new QStandardItem(run.name + (r == m_baseline ? tr(" (baseline)") : QString()))};
        // The newest evaluation that pairs with the baseline's, else simply the newest.
        const dbw::EvalRecord *shown = run.evals.empty() ? nullptr : &run.evals.back();
        const dbw::EvalRecord *paired = nullptr;
        if (base && r != m_baseline && !base->perSentenceJson.empty())
            for (auto it = run.evals.rbegin(); it != run.evals.rend() && !paired; ++it)
                if (!it->perSentenceJson.empty() &&
                    dbw::pairableRecipes(it->recipeJson, base->recipeJson))
                    shown = paired = &*it;
        if (!shown) {
            row.append(new QStandardItem(tr("no evaluation (dbw eval)")));
            m_likelihood->appendRow(row);
            continue;
        }
        const auto recipe = recipeOf(*shown);
        const auto results = nlohmann::json::parse(shown->resultsJson, nullptr, false);
        row.append(new QStandardItem(
            tr("step %1 · %2 · s = %3 · %4")
                .arg(shown->step)
                .arg(QFileInfo(QString::fromStdString(shown->split)).fileName())
                .arg(recipe.is_object() ? recipe.value("step_size", 0) : 0)
                .arg(QString::fromStdString(recipe.is_object()
                                                ? recipe.value("estimator", std::string())
                                                : std::string()))));
        const QString problem = notABound(*shown);
        if (!problem.isEmpty() || !results.is_object()) {
            auto *item = new QStandardItem(problem.isEmpty() ? tr("results unreadable") : problem);
            item->setForeground(kWorse);
            row.append(item);
            m_likelihood->appendRow(row);
            continue;
        }
        const double perToken = results.value("nats_per_token", 0.0),
                     error = results.value("standard_error_nats_per_token", 0.0);
        auto *value = new QStandardItem(
            QStringLiteral("%1 ± %2").arg(perToken, 0, 'f', 4).arg(error, 0, 'f', 4));
        value->setData(perToken, Qt::UserRole);
        row.append(value);
        row.append(new QStandardItem(
            results.contains("nats_per_token_given_length")
                ? QString::number(results.value("nats_per_token_given_length", 0.0), 'f', 4)
                : tr("(older evaluation)")));
        if (r == m_baseline) {
            m_likelihood->appendRow(row);
            continue;
        }
        if (!paired || !notABound(*base).isEmpty()) {
            row.append(new QStandardItem(
                tr("no evaluation with the baseline's recipe and per-sentence values")));
            m_likelihood->appendRow(row);
            continue;
        }
        try {
            const dbw::PairedDifference difference =
                dbw::pairedDifference(dbw::perSentenceFromJson(paired->perSentenceJson),
                                      dbw::perSentenceFromJson(base->perSentenceJson));
            auto *delta = new QStandardItem(QStringLiteral("%1 ± %2")
                                                .arg(signedDelta(difference.natsPerToken))
                                                .arg(difference.standardErrorPerToken, 0, 'f', 4));
            delta->setData(difference.natsPerToken, Qt::UserRole);
            delta->setData(difference.standardErrorPerToken, Qt::UserRole + 1);
            // Decided only when the difference is larger than two paired standard errors.
            if (std::abs(difference.natsPerToken) > 2 * difference.standardErrorPerToken) {
                const bool better = difference.natsPerToken < 0;
                delta->setForeground(better ? kBetter : kWorse);
                delta->setToolTip(
                    better ? tr("better than the baseline by more than two paired standard errors")
                           : tr("worse than the baseline by more than two paired standard errors"));
            } else {
                delta->setToolTip(tr("within two paired standard errors: not decided"));
            }
            row.append(delta);
            auto *unpaired = new QStandardItem(
                QString::number(difference.unpairedStandardErrorPerToken, 'f', 4));
            unpaired->setData(difference.unpairedStandardErrorPerToken, Qt::UserRole);
            row.append(unpaired);
        } catch (const std::exception &problemPairing) {
            row.append(new QStandardItem(QString::fromStdString(problemPairing.what())));
        }
        m_likelihood->appendRow(row);
    }
    fillGeneration();
}

// Seq2seq runs: the newest evaluation with generated targets (dbw eval --generate), its BLEU and
// exact match in the cell, everything else (and the copy-the-source baseline) in the tooltip.
void ComparePage::fillGeneration() {
    const int column = 6;
    for (int r = 0; r < m_runs.size() && r < m_likelihood->rowCount(); ++r) {
        const std::vector<dbw::EvalRecord> &evals = m_runs[r].evals;
        nlohmann::json recipe, results;
        for (auto it = evals.rbegin(); it != evals.rend() && results.is_null(); ++it) {
            auto parsed = nlohmann::json::parse(it->resultsJson, nullptr, false);
            if (parsed.is_object() && parsed.contains("generation") &&
                parsed["generation"].is_object()) {
                results = parsed["generation"];
                const auto fullRecipe = nlohmann::json::parse(it->recipeJson, nullptr, false);
                recipe = fullRecipe.is_object()
                             ? fullRecipe.value("generation", nlohmann::json::object())
                             : nlohmann::json::object();
            }
        }
        if (results.is_null()) {
            m_likelihood->setItem(r, column, new QStandardItem(tr("—")));
            continue;
        }
        const QLocale locale;
        auto number = [&](const nlohmann::json &group, const char *key) {
            return group.is_object() ? locale.toString(group.value(key, 0.0), 'f', 3)
                                     : QStringLiteral("?");
        };
        const nlohmann::json model = results.value("model", nlohmann::json()),
                             copy = results.value("copy_source", nlohmann::json());
        const int candidates = recipe.value("candidates", 1);
        const bool mbr = recipe.value("selection", std::string()).rfind("MBR", 0) == 0;
        auto *item = new QStandardItem(model.is_object() ? tr("BLEU %1 · exact %2 · S = %3%4")
                                                               .arg(number(model, "sentence_bleu"),
                                                                    number(model, "exact_match"))
                                                               .arg(candidates)
                                                               .arg(mbr ? tr(", MBR") : QString())
                                                         : tr("no references"));
        QString tip = tr("%n source(s); sentence BLEU (DiffuSeq's smoothed) %1, corpus BLEU %2, "
                         "ROUGE-L %3, exact match %4",
                         nullptr, results.value("sources", 0))
                          .arg(number(model, "sentence_bleu"), number(model, "corpus_bleu"),
                               number(model, "rouge_l"), number(model, "exact_match"));
        if (copy.is_object())
            tip += QLatin1Char('\n') +
                   tr("copying the source: sentence BLEU %1, corpus BLEU %2, ROUGE-L %3, exact "
                      "match %4")
                       .arg(number(copy, "sentence_bleu"), number(copy, "corpus_bleu"),
                            number(copy, "rouge_l"), number(copy, "exact_match"));
        if (results.contains("diversity"))
            tip += QLatin1Char('\n') + tr("among candidates: distinct-1 %1, div-4 %2, self-BLEU %3")
                                           .arg(number(results["diversity"], "distinct1"),
                                                number(results["diversity"], "div4"),
                                                number(results["diversity"], "self_bleu"));
        item->setToolTip(tip);
        if (model.is_object() && copy.is_object())
            item->setForeground(model.value("sentence_bleu", 0.0) > copy.value("sentence_bleu", 0.0)
                                    ? kBetter
                                    : kWorse);
        m_likelihood->setItem(r, column, item);
    }
}

void ComparePage::fillSamples() {
    // One column per batch: a run's newest training-time samples and its newest generated ones
    // side by side, each with its own sampler settings and metrics (never pooled).
    m_samples->clear();
    struct Column {
        const RunComparison *run;
        const SampleGroup *group;  // null: the run has no samples
    };
    QVector<Column> columns;
    for (const RunComparison &run : m_runs) {
        if (run.sampleGroups.isEmpty())
            columns.append({&run, nullptr});
        for (const SampleGroup &group : run.sampleGroups)
            columns.append({&run, &group});
    }
    const auto originName = [this](const QString &origin) {
        return origin == QLatin1String("training")    ? tr("during training")
               : origin == QLatin1String("generated") ? tr("generated")
                                                      : tr("origin not recorded");
    };
    QStringList header;
    for (const Column &column : columns)
        header.append(column.group ? QStringLiteral("%1 · %2").arg(column.run->name,
                                                                   originName(column.group->origin))
                                   : column.run->name);
    m_samples->setHorizontalHeaderLabels(header);
    const QStringList metricRows = {tr("origin"),
                                    tr("step"),
                                    tr("sampler"),
                                    tr("samples"),
                                    tr("distinct-1"),
                                    tr("distinct-2"),
                                    tr("self-BLEU-4"),
                                    tr("unigram entropy (bits)"),
                                    tr("repetition (seq-rep-4)")};
    m_samples->setVerticalHeaderLabels(metricRows);
    std::size_t most = 0;
    for (const Column &column : columns)
        most = std::max(most, column.group ? column.group->samples.size() : std::size_t(0));
    for (int c = 0; c < columns.size(); ++c) {
        const SampleGroup *group = columns[c].group;
        QStringList values;
        if (!group) {
            values = {tr("no samples")};
        } else {
            const dbw::SampleMetrics &metrics = group->metrics;
            values = {originName(group->origin),
                      QString::number(group->step),
                      samplerSummary(QString::fromStdString(group->samplerJson)),
                      QString::number(group->samples.size()),
                      number(metrics.distinct1),
                      number(metrics.distinct2),
                      number(metrics.selfBleu),
                      number(metrics.unigramEntropyBits),
                      number(metrics.repetitionRate)};
        }
        for (int i = 0; i < values.size(); ++i)
            m_samples->setItem(i, c, new QStandardItem(values[i]));
        for (std::size_t s = 0; group && s < group->samples.size(); ++s)
            m_samples->setItem(metricRows.size() + int(s), c,
                               new QStandardItem(QString::fromStdString(group->samples[s].text)));
    }
    for (std::size_t s = 0; s < most; ++s)
        m_samples->setVerticalHeaderItem(metricRows.size() + int(s),
                                         new QStandardItem(tr("#%1").arg(s + 1)));
    for (int row = 0; row < m_samples->rowCount(); ++row)
        for (int column = 0; column < m_samples->columnCount(); ++column)
            if (QStandardItem *item = m_samples->item(row, column))
                item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
}

QString ComparePage::baseName() const {
    QStringList names;
    for (const RunComparison &run : m_runs)
        names.append(run.name);
    return sanitisedFileName(names.size() == 1
                                 ? names.front()
                                 : QStringLiteral("compare-") + names.join(QLatin1Char('-')));
}

void ComparePage::chooseExport(Export kind) {
    if (m_runs.isEmpty())
        return;
    const QString base = baseName();
    const QString names[] = {base + "-" + sanitisedFileName(m_metric) + ".png",
                             base + "-" + sanitisedFileName(m_metric) + ".svg",
                             base + "-metrics.csv", base + "-samples.jsonl",
                             sanitisedFileName(m_runs.value(m_baseline).name) + "-config.json"};
    const QString filters[] = {
        tr("PNG images (*.png)"), tr("SVG images (*.svg)"), tr("CSV files (*.csv)"),
        tr("JSON lines (*.jsonl);;Text (*.txt);;CSV (*.csv)"), tr("Configs (*.json)")};
    // The dialog asks before it replaces an existing file.
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export"), names[int(kind)], filters[int(kind)]);
    if (path.isEmpty())
        return;
    if (kind ==
        Export::Metrics) {  // every point of every metric: seconds for big runs, so on a worker
        if (m_exportThread)
            return;
        m_hint->setText(tr("Exporting the metrics to %1…").arg(QDir::toNativeSeparators(path)));
        m_exportThread = QThread::create([this, store = m_storePath, runs = m_runs, path] {
            const QString error = exportMetrics(store, runs, path);
            QMetaObject::invokeMethod(this, [this, error, path] {
                m_hint->setText(
                    error.isEmpty()
                        ? tr("Exported the metrics to %1.").arg(QDir::toNativeSeparators(path))
                        : error);
                if (!error.isEmpty())
                    QMessageBox::warning(this, tr("Export"), error);
            });
        });
        connect(m_exportThread, &QThread::finished, this, [this] {
            m_exportThread->deleteLater();
            m_exportThread = nullptr;
        });
        m_exportThread->start();
        return;
    }
    const QString error = exportTo(kind, path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export"), error);
}

ComparePage::~ComparePage() {
    if (m_exportThread)
        m_exportThread->wait();
}

QString ComparePage::exportMetrics(const QString &storePath, const QVector<RunComparison> &runs,
                                   const QString &path) {
    try {
        const dbw::RunStore store(storePath.toStdString(), dbw::RunStore::Mode::ReadOnly);
        std::ostringstream out;
        out.precision(17);
        out << "run_id,run_name,metric,step,value,wall_time,tokens_seen\r\n";
        for (const RunComparison &run : runs)
            for (const std::string &metric : store.metricNames(run.id))
                for (const dbw::MetricPoint &point : store.readMetric(run.id, metric)) {
                    out << run.id << ',' << dbw::csvField(run.name.toStdString()) << ','
                        << dbw::csvField(metric) << ',' << point.step << ',';
                    if (std::isnan(point.value))
                        out << "nan";
                    else if (std::isinf(point.value))
                        out << (point.value > 0 ? "inf" : "-inf");
                    else
                        out << point.value;  // 17 significant digits: read back exactly
                    out << ',' << point.wallTime << ',' << point.tokensSeen << "\r\n";
                }
        return writeExportFile(path, QByteArray::fromStdString(out.str()));
    } catch (const std::exception &error) {
        return QString::fromStdString(error.what());
    }
}

QString ComparePage::exportTo(Export kind, const QString &path) {
    if (m_runs.isEmpty())
        return tr("Nothing to export: no runs are compared.");
    QByteArray bytes;
    try {
        switch (kind) {
            case Export::ChartPng:
                bytes = m_chart->renderPng();
                if (bytes.isEmpty())
                    return tr("Could not render the chart.");
                break;
            case Export::ChartSvg:
                bytes = m_chart->renderSvg(m_metric);
                break;
            case Export::Metrics:
                return exportMetrics(m_storePath, m_runs, path);
            case Export::Samples: {
                const dbw::RunStore store(m_storePath.toStdString(), dbw::RunStore::Mode::ReadOnly);
                std::vector<dbw::SampleRecord> records;
                for (const RunComparison &run : m_runs)
                    for (dbw::SampleRecord &record : store.samples(run.id))
                        records.push_back(std::move(record));
                bytes = QByteArray::fromStdString(
                    dbw::formatSamples(records, dbw::sampleFormatFor(path.toStdString())));
                break;
            }
            case Export::Config:
                bytes = QByteArray::fromStdString(
                    nlohmann::json::parse(m_runs[m_baseline].configJson).dump(2) + "\n");
                break;
        }
    } catch (const std::exception &error) {
        return QString::fromStdString(error.what());
    }
    return writeExportFile(path, bytes);
}
