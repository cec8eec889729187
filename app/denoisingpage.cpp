#include "denoisingpage.h"
#include "runprogress.h"

#include "exportfiles.h"
#include "revealgrid.h"
#include "runcheckpoints.h"
#include "samplersummary.h"
#include "samplingcontroller.h"
#include "tokenview.h"
#include "trajectoryframes.h"

#include "sample/replayhtml.h"
#include "sample/sampleexport.h"
#include "sample/trajectory.h"
#include "store/runstore.h"
#include "train/runconfig.h"

#include <nlohmann/json.hpp>

#include <QAction>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// Checkpoint list entries: the folder (Qt::UserRole), its training step, whether it is one of the
// run's.
constexpr int kStepRole = Qt::UserRole + 1;
constexpr int kOfRunRole = Qt::UserRole + 2;

}  // namespace

DenoisingPage::DenoisingPage(QWidget *parent)
    : QWidget(parent), m_controller(new SamplingController(this)), m_playTimer(new QTimer(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createSamplingPanel());
    m_player = createPlayer();
    layout->addWidget(m_player, 1);

    connect(m_playTimer, &QTimer::timeout, this, [this] {
        if (!m_frames || m_frame >= m_frames->lastFrame())
            setPlaying(false);
        else
            setFrame(m_frame + 1);
    });
    connect(m_controller, &SamplingController::progress, this, [this](int step, int steps) {
        m_progress->setRange(0, steps);
        m_progress->setValue(step);
        const double left = m_samplingEta.secondsLeft(step, steps);
        m_progress->setFormat(left >= 0 ? tr("step %1 of %2 · %3 left")
                                              .arg(step)
                                              .arg(steps)
                                              .arg(RunProgress::formatDuration(left))
                                        : tr("step %1 of %2").arg(step).arg(steps));
    });
    connect(m_controller, &SamplingController::finished, this,
            [this](std::shared_ptr<const dbw::Trajectory> trajectory, double seconds) {
                setBusy(false);
                m_origin = m_pendingOrigin;
                m_samplingStatus->setText(
                    seconds > 0 ? tr("%n sample(s) in %1 s", nullptr, trajectory->sampleCount())
                                      .arg(seconds, 0, 'f', 1)
                                : tr("Opened %1: %n sample(s)", nullptr, trajectory->sampleCount())
                                      .arg(m_openedFile));
                setTrajectory(std::move(trajectory));
            });
    connect(m_controller, &SamplingController::failed, this, [this](const QString &message) {
        setBusy(false);
        m_samplingStatus->setText(message);
        Q_EMIT samplingFailed(message);
    });
    setTrajectory(nullptr);
}

DenoisingPage::~DenoisingPage() = default;

QWidget *DenoisingPage::createSamplingPanel() {
    auto *box = new QGroupBox(this);
    auto *grid = new QGridLayout(box);
    m_checkpoint = new QComboBox(box);
    m_checkpoint->setObjectName(QStringLiteral("checkpoint"));
    m_checkpoint->setMinimumContentsLength(30);
    m_checkpoint->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *browse = new QPushButton(box);
    connect(browse, &QPushButton::clicked, this, &DenoisingPage::browseCheckpoint);
    m_open = new QPushButton(box);
    connect(m_open, &QPushButton::clicked, this, &DenoisingPage::chooseTrajectory);
    // The run's trajectories in the store, newest first: what it generated before can be replayed.
    m_recorded = new QComboBox(box);
    m_recorded->setObjectName(QStringLiteral("recordedTrajectories"));
    m_recorded->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_recorded->setMinimumContentsLength(30);
    connect(m_recorded, &QComboBox::activated, this,
            [this](int index) { openRecorded(m_recorded->itemData(index).toLongLong()); });
    m_recorded->setPlaceholderText(tr("none: generate to record one"));
    m_recorded->setEnabled(false);

    m_count = new QSpinBox(box);
    m_count->setObjectName(QStringLiteral("samples"));
    m_count->setRange(1, 256);
    m_count->setValue(8);
    m_length = new QSpinBox(box);
    m_length->setObjectName(QStringLiteral("length"));
    m_length->setRange(0, 509);
    m_length->setValue(32);
    m_stepSize = new QSpinBox(box);
    m_stepSize->setObjectName(QStringLiteral("stepSize"));
    m_stepSize->setRange(1, 100000);
    m_stepSize->setValue(32);
    m_stepCount = new QLabel(box);
    connect(m_stepSize, &QSpinBox::valueChanged, this, &DenoisingPage::updateStepCount);
    m_strategy = new QComboBox(box);
    m_strategy->setObjectName(QStringLiteral("strategy"));
    m_strategy->addItem(QString(), QStringLiteral("ancestral"));
    m_strategy->addItem(QString(), QStringLiteral("confidence"));
    m_strategy->addItem(QString(), QStringLiteral("random-order"));
    m_temperature = new QDoubleSpinBox(box);
    m_temperature->setRange(0.01, 10.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setValue(1.0);
    m_topK = new QSpinBox(box);
    m_topK->setRange(0, 1000000);
    m_topK->setValue(30);
    m_topP = new QDoubleSpinBox(box);
    m_topP->setRange(0.01, 1.0);
    m_topP->setSingleStep(0.05);
    m_topP->setValue(1.0);
    m_seed = new QSpinBox(box);
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setRange(0, 2000000000);
    // Infilling and prompting (the syntax of dbw sample --prompt): fixed text with masked spans.
    m_prompt = new QLineEdit(box);
    m_prompt->setObjectName(QStringLiteral("prompt"));
    m_prompt->setClearButtonEnabled(true);
    m_cache = new QCheckBox(box);
    m_cache->setObjectName(QStringLiteral("cache"));
    m_cache->setChecked(true);
    m_generate = new QPushButton(box);
    m_generate->setObjectName(QStringLiteral("generate"));
    m_generate->setDefault(true);
    connect(m_generate, &QPushButton::clicked, this, &DenoisingPage::generate);
    connect(m_checkpoint, &QComboBox::currentIndexChanged, this,
            &DenoisingPage::updateGenerateEnabled);
    updateGenerateEnabled();
    m_cancel = new QPushButton(box);
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, m_controller, &SamplingController::cancel);
    m_progress = new QProgressBar(box);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_samplingStatus = new QLabel(box);
    m_samplingStatus->setObjectName(QStringLiteral("samplingStatus"));
    m_samplingStatus->setWordWrap(true);

    // Labels name their source text (QT_TR_NOOP) and are translated again on a language change.
    auto labelled = [this, box](const char *text, QWidget *field) {
        auto *label = new QLabel(box);
        label->setBuddy(field);
        m_texts.add([label, text] { label->setText(tr(text)); });
        return label;
    };
    m_texts.add([=, this] {
        box->setTitle(tr("Generate"));
        browse->setText(tr("Browse…"));
        m_open->setText(tr("Open Trajectory…"));
        m_length->setSpecialValueText(tr("from corpus"));
        m_length->setToolTip(tr("Tokens per sample; 0 draws lengths from the training corpus"));
        m_stepSize->setToolTip(tr("The sampler takes T / step size reverse steps"));
        m_strategy->setItemText(0, tr("Ancestral (exact)"));
        m_strategy->setItemText(1, tr("Most confident first"));
        m_strategy->setItemText(2, tr("Random order"));
        m_topK->setSpecialValueText(tr("off"));
        m_cache->setText(tr("Reuse unchanged outputs"));
        m_cache->setToolTip(tr(
            "A time-agnostic model's output is reused while a sequence does not change (exact)"));
        m_generate->setText(tr("Generate"));
        updatePromptHint();
        m_cancel->setText(tr("Cancel"));
    });
    grid->addWidget(labelled(QT_TR_NOOP("&Checkpoint"), m_checkpoint), 0, 0);
    grid->addWidget(m_checkpoint, 0, 1, 1, 5);
    grid->addWidget(browse, 0, 6);
    grid->addWidget(m_open, 0, 7);
    grid->addWidget(labelled(QT_TR_NOOP("Sa&mples"), m_count), 1, 0);
    grid->addWidget(m_count, 1, 1);
    grid->addWidget(labelled(QT_TR_NOOP("&Length"), m_length), 1, 2);
    grid->addWidget(m_length, 1, 3);
    grid->addWidget(labelled(QT_TR_NOOP("Step si&ze"), m_stepSize), 1, 4);
    grid->addWidget(m_stepSize, 1, 5);
    grid->addWidget(m_stepCount, 1, 6, 1, 2);
    grid->addWidget(labelled(QT_TR_NOOP("St&rategy"), m_strategy), 2, 0);
    grid->addWidget(m_strategy, 2, 1);
    grid->addWidget(labelled(QT_TR_NOOP("&Temperature"), m_temperature), 2, 2);
    grid->addWidget(m_temperature, 2, 3);
    grid->addWidget(labelled(QT_TR_NOOP("Top-&k"), m_topK), 2, 4);
    grid->addWidget(m_topK, 2, 5);
    grid->addWidget(labelled(QT_TR_NOOP("Top-&p"), m_topP), 2, 6);
    grid->addWidget(m_topP, 2, 7);
    grid->addWidget(labelled(QT_TR_NOOP("S&eed"), m_seed), 3, 0);
    grid->addWidget(m_seed, 3, 1);
    grid->addWidget(m_cache, 3, 2, 1, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_generate);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    grid->addLayout(buttons, 3, 4, 1, 4);
    grid->addWidget(labelled(QT_TR_NOOP("Pr&ompt"), m_prompt), 4, 0);
    grid->addWidget(m_prompt, 4, 1, 1, 7);
    grid->addWidget(labelled(QT_TR_NOOP("Re&corded"), m_recorded), 5, 0);
    grid->addWidget(m_recorded, 5, 1, 1, 7);
    grid->addWidget(m_samplingStatus, 6, 0, 1, 8);
    updateStepCount();
    return box;
}

QWidget *DenoisingPage::createPlayer() {
    auto *player = new QWidget(this);
    auto *layout = new QVBoxLayout(player);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QToolBar(player);
    bar->setToolButtonStyle(
        Qt::ToolButtonIconOnly);  // names in the tooltips; Play and Next change spelled out
    auto action = [this, bar](const char *text, QKeySequence shortcut, QStyle::StandardPixmap icon,
                              auto slot) {
        auto *a = bar->addAction(style()->standardIcon(icon), QString());
        a->setShortcut(shortcut);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_texts.add([a, text, shortcut] {
            a->setText(tr(text));
            a->setToolTip(QStringLiteral("%1 (%2)").arg(
                tr(text), shortcut.toString(QKeySequence::NativeText)));
        });
        addAction(a);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    action(QT_TR_NOOP("First"), Qt::Key_Home, QStyle::SP_MediaSkipBackward, [this] {
        setPlaying(false);
        setFrame(0);
    });
    action(QT_TR_NOOP("Back"), Qt::Key_Left, QStyle::SP_MediaSeekBackward, [this] {
        setPlaying(false);
        setFrame(m_frame - 1);
    });
    m_playAction = action(QT_TR_NOOP("Play"), Qt::Key_Space, QStyle::SP_MediaPlay,
                          [this] { setPlaying(!isPlaying()); });
    m_playAction->setObjectName(QStringLiteral("play"));
    action(QT_TR_NOOP("Forward"), Qt::Key_Right, QStyle::SP_MediaSeekForward, [this] {
        setPlaying(false);
        setFrame(m_frame + 1);
    });
    QAction *nextChange =
        action(QT_TR_NOOP("Next change"), Qt::Key_N, QStyle::SP_ArrowRight, [this] {
            setPlaying(false);
            if (m_frames)
                setFrame(m_frames->trajectory().nextChange(m_frame));
        });
    action(QT_TR_NOOP("Previous change"), QKeySequence(Qt::SHIFT | Qt::Key_N), QStyle::SP_ArrowLeft,
           [this] {
               setPlaying(false);
               if (m_frames)
                   setFrame(m_frames->trajectory().previousChange(m_frame));
           });
    action(QT_TR_NOOP("Last"), Qt::Key_End, QStyle::SP_MediaSkipForward, [this] {
        setPlaying(false);
        if (m_frames)
            setFrame(m_frames->lastFrame());
    });
    for (QAction *spelled : {m_playAction, nextChange})
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(spelled)))
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_slider = new QSlider(Qt::Horizontal, player);
    m_slider->setObjectName(QStringLiteral("frameSlider"));
    m_slider->setMinimumWidth(200);
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (value != m_frame)
            setFrame(value);
    });
    bar->addWidget(m_slider);
    m_speed = new QComboBox(player);
    for (const int ms : {1000, 500, 200, 100, 50, 16})
        m_speed->addItem(QString(), ms);
    m_speed->setCurrentIndex(3);
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this] { m_playTimer->setInterval(m_speed->currentData().toInt()); });
    m_playTimer->setInterval(100);
    bar->addWidget(m_speed);
    m_guesses = new QCheckBox(player);
    m_guesses->setObjectName(QStringLiteral("showGuesses"));
    connect(m_guesses, &QCheckBox::toggled, this, &DenoisingPage::refreshFrame);
    m_export = new QToolButton(player);
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_export);
    QAction *trajectory =
        menu->addAction(QString(), this, [this] { chooseExport(Export::Trajectory); });
    QAction *samples = menu->addAction(QString(), this, [this] { chooseExport(Export::Samples); });
    QAction *image = menu->addAction(QString(), this, [this] { chooseExport(Export::Image); });
    QAction *html = menu->addAction(QString(), this, [this] { chooseExport(Export::Html); });
    m_export->setMenu(menu);
    layout->addWidget(bar);

    m_stepInfo = new QLabel(player);
    m_stepInfo->setObjectName(QStringLiteral("stepInfo"));
    m_stepInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stepInfo->setWordWrap(true);  // long (German) lines must not widen the window past the screen
    layout->addWidget(m_stepInfo);
    auto *legend = new QLabel(player);
    legend->setWordWrap(true);
    m_texts.add([=, this] {
        for (int i = 0; i < m_speed->count(); ++i)
            m_speed->setItemText(
                i,
                tr("%1 s per step").arg(locale().toString(m_speed->itemData(i).toInt() / 1000.0)));
        m_guesses->setText(tr("Show x0 guesses under masks"));
        m_guesses->setToolTip(
            tr("Grey: the model's current most likely token at a masked position (not committed)"));
        m_export->setText(tr("Export"));
        trajectory->setText(tr("Trajectory (JSON)…"));
        samples->setText(tr("Samples (txt, jsonl, csv)…"));
        image->setText(tr("Current View (PNG)…"));
        html->setText(tr("Replay Page (HTML)…"));
        // The badges outside the translated text: their numbers follow the locale, and they
        // do not break inside where a long translation wraps.
        const QString low = locale().toString(0.3), mid = locale().toString(0.7);
        const QString badges =
            QStringLiteral(
                "<span "
                "style='background:#D55E00;color:white'>&nbsp;p&nbsp;&lt;&nbsp;%1&nbsp;</span> "
                "<span style='background:#E69F00'>&nbsp;p&nbsp;&lt;&nbsp;%2&nbsp;</span> "
                "<span style='background:#009E73;color:white'>&nbsp;p&nbsp;≥&nbsp;%2&nbsp;</span>")
                .arg(low, mid);
        const QString maskBox =
            QStringLiteral("<span style='background:#C8C8C8'>&nbsp;&nbsp;&nbsp;&nbsp;</span>");
        const QString fixedBox =
            QStringLiteral("<span style='background:#D6E6F5;color:#003F7A'>&nbsp;%1&nbsp;</span>")
                .arg(tr("text"));
        legend->setText(tr("Revealed this step, by the model's confidence: %1 · earlier: plain · "
                           "%2 masked · %3 fixed by the "
                           "prompt · hover a token for its alternatives")
                            .arg(badges, maskBox, fixedBox));
    });
    // The legend with the view's options beside it: in the toolbar they went behind its overflow
    // arrow at 1280 pixels.
    auto *legendRow = new QHBoxLayout;
    legendRow->addWidget(legend, 1);
    legendRow->addWidget(m_guesses);
    legendRow->addWidget(m_export);
    layout->addLayout(legendRow);

    auto *splitter = new QSplitter(Qt::Horizontal, player);
    m_tokens = new TokenView;
    m_tokens->setToolTipProvider([this](int sample, int position) {
        return m_frames ? m_frames->toolTip(sample, position, m_frame) : QString();
    });
    connect(m_tokens, &TokenView::cellClicked, this,
            [this](int sample, int) { m_gridSample->setCurrentIndex(sample); });
    m_tokenScroll = new QScrollArea(splitter);
    m_tokenScroll->setWidget(m_tokens);
    m_tokenScroll->setWidgetResizable(true);
    splitter->addWidget(m_tokenScroll);
    auto *gridBox = new QWidget(splitter);
    auto *gridLayout = new QVBoxLayout(gridBox);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    auto *gridTitle = new QHBoxLayout;
    auto *gridLabel = new QLabel(gridBox);
    gridTitle->addWidget(gridLabel);
    m_gridSample = new QComboBox(gridBox);
    m_gridSample->setObjectName(QStringLiteral("gridSample"));
    gridTitle->addWidget(m_gridSample, 1);
    gridLayout->addLayout(gridTitle);
    m_grid = new RevealGrid(gridBox);
    m_texts.add([=, this] {
        gridLabel->setText(tr("Reveal order of"));
        m_grid->setToolTip(tr("Click a cell to jump to that step"));
    });
    gridLayout->addWidget(m_grid, 1);
    connect(m_gridSample, &QComboBox::currentIndexChanged, this, [this](int sample) {
        if (!m_frames || sample < 0)
            return;
        m_grid->setSequence(m_frames->revealSteps(sample), m_frames->lastFrame());
        m_grid->setCurrentStep(m_frame);
        m_tokens->setSelectedSequence(sample);
    });
    connect(m_grid, &RevealGrid::cellClicked, this, [this](int step, int) {
        setPlaying(false);
        setFrame(step);
    });
    splitter->addWidget(gridBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    return player;
}

void DenoisingPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        m_playAction->setText(isPlaying() ? tr("Pause") : tr("Play"));
        updateStepCount();
        updateGenerateEnabled();
        // The recorded list and checkpoint labels are made from the store: made again.
        m_recorded->clear();
        m_recorded->setPlaceholderText(tr("none: generate to record one"));
        if (m_runId != 0)
            showRun(m_storePath, m_runId);
        for (int s = 0; s < m_gridSample->count(); ++s)
            m_gridSample->setItemText(s, tr("sample #%1").arg(s + 1));
        if (m_frames)
            refreshFrame();
        else
            m_stepInfo->setText(
                tr("Generate samples or open a trajectory to step through the reverse process."));
    }
    QWidget::changeEvent(event);
}

void DenoisingPage::updateStepCount() {
    if (m_diffusionSteps <= 0) {
        m_stepCount->setText(tr("T from the checkpoint"));
        return;
    }
    const int size = m_stepSize->value();
    m_stepCount->setText(
        m_diffusionSteps % size == 0
            ? tr("T = %1 → %2 steps").arg(m_diffusionSteps).arg(m_diffusionSteps / size)
            : tr("T = %1 is not a multiple of %2").arg(m_diffusionSteps).arg(size));
}

void DenoisingPage::showRun(const QString &storePath, qint64 runId) {
    const bool sameRun = storePath == m_storePath && runId == m_runId;
    m_storePath = storePath;
    m_runId = runId;
    QVector<RunCheckpoint>
        entries;  // the run's checkpoints on disk, newest first, each folder once
    try {
        const dbw::RunStore store(storePath.toStdString(), dbw::RunStore::Mode::ReadOnly);
        if (const auto run = store.run(runId)) {
            m_runName = QString::fromStdString(run->name);
            const auto config = nlohmann::json::parse(run->configJson, nullptr, false);
            if (config.is_object()) {
                m_diffusionSteps =
                    config.value(nlohmann::json::json_pointer("/diffusion/steps"), 0);
                m_device = QString::fromStdString(config.value(
                    nlohmann::json::json_pointer("/training/device"), std::string("cpu")));
            }
        }
        updateRecorded(store.trajectorySummaries(runId));
        entries = runCheckpoints(store, runId);
    } catch (const std::exception &error) {
        m_samplingStatus->setText(QString::fromStdString(error.what()));
    }
    // Called again every second while a run trains: change nothing unless the list changed, so
    // an open list or a browsed checkpoint stays.
    QVector<RunCheckpoint> current;
    for (int i = 0; i < m_checkpoint->count(); ++i)
        if (m_checkpoint->itemData(i, kOfRunRole).toBool())
            current.append({m_checkpoint->itemData(i).toString(),
                            m_checkpoint->itemData(i, kStepRole).toLongLong(),
                            m_checkpoint->itemText(i)});
    const bool unchanged = sameRun && current == entries;
    if (unchanged)
        return;
    const QString previous = m_checkpoint->currentData().toString();
    for (int i = m_checkpoint->count() - 1; i >= 0; --i)
        if (m_checkpoint->itemData(i, kOfRunRole).toBool())
            m_checkpoint->removeItem(i);
    for (const RunCheckpoint &entry : entries) {
        m_checkpoint->addItem(entry.label, entry.path);
        m_checkpoint->setItemData(m_checkpoint->count() - 1, QDir::toNativeSeparators(entry.path),
                                  Qt::ToolTipRole);
        m_checkpoint->setItemData(m_checkpoint->count() - 1, entry.step, kStepRole);
        m_checkpoint->setItemData(m_checkpoint->count() - 1, true, kOfRunRole);
    }
    if (const int index = m_checkpoint->findData(previous); index >= 0)
        m_checkpoint->setCurrentIndex(index);
    const QString none =
        tr("This run has no checkpoint yet: train it, or browse for a checkpoint folder.");
    if (m_checkpoint->count() == 0)
        m_samplingStatus->setText(none);
    else if (m_samplingStatus->text() == none)
        m_samplingStatus
            ->clear();  // it has one now: the message would be stale under a filled list
    updateStepCount();
}

void DenoisingPage::browseCheckpoint() {
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Choose a Checkpoint Folder"));
    if (folder.isEmpty())
        return;
    if (!QFileInfo::exists(folder + QStringLiteral("/model.safetensors"))) {
        m_samplingStatus->setText(tr("%1 is not a checkpoint folder (no model.safetensors).")
                                      .arg(QDir::toNativeSeparators(folder)));
        return;
    }
    m_checkpoint->insertItem(0, QDir::toNativeSeparators(folder), folder);
    m_checkpoint->setItemData(0, qlonglong(0), kStepRole);
    m_checkpoint->setItemData(0, false, kOfRunRole);
    m_checkpoint->setCurrentIndex(0);
}

void DenoisingPage::chooseTrajectory() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Trajectory"), {},
                                                      tr("Trajectories (*.json);;All files (*)"));
    if (!path.isEmpty())
        openTrajectory(path);
}

bool DenoisingPage::openRecorded(qint64 trajectoryId) {
    if (!m_controller->openRecorded(m_storePath, trajectoryId)) {
        m_samplingStatus->setText(
            tr("Wait for the sampling to finish, or cancel it, before opening a recorded "
               "trajectory."));
        return false;
    }
    const int index = m_recorded->findData(trajectoryId);
    m_recorded->setCurrentIndex(index);  // the list says which one is shown
    m_openedFile = index >= 0 ? m_recorded->itemText(index) : QString::number(trajectoryId);
    m_pendingOrigin = {m_runId,
                       index >= 0 ? m_recorded->itemData(index, kStepRole).toLongLong() : 0};
    setBusy(true);
    return true;
}

void DenoisingPage::updateRecorded(const std::vector<dbw::TrajectorySummary> &summaries) {
    QVector<qint64> ids, shown;
    for (const dbw::TrajectorySummary &summary : summaries)
        ids.append(qint64(summary.id));
    for (int i = 0; i < m_recorded->count(); ++i)
        shown.append(m_recorded->itemData(i).toLongLong());
    if (ids == shown)
        return;  // every second while training: an open list stays open
    const qint64 previous = m_recorded->currentData().toLongLong();
    const QSignalBlocker blocker(m_recorded);
    m_recorded->clear();
    for (const dbw::TrajectorySummary &summary : summaries) {
        const QString when =
            QDateTime::fromString(QString::fromStdString(summary.createdAt), Qt::ISODateWithMs)
                .toLocalTime()
                .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const int count = QJsonDocument::fromJson(QByteArray::fromStdString(summary.samplerJson))
                              .object()["count"]
                              .toInt();
        QString label = summary.step ? tr("step %1").arg(*summary.step) : tr("no step");
        if (count > 0)
            label += QStringLiteral(" · ") + tr("%n sample(s)", nullptr, count);
        if (const QString sampler = samplerSummary(QString::fromStdString(summary.samplerJson));
            !sampler.isEmpty())
            label += QStringLiteral(" · ") + sampler;
        label += QStringLiteral(" · ") + when;
        m_recorded->addItem(label, qlonglong(summary.id));
        m_recorded->setItemData(m_recorded->count() - 1, qlonglong(summary.step.value_or(0)),
                                kStepRole);
    }
    m_recorded->setCurrentIndex(m_recorded->findData(previous));
    m_recorded->setPlaceholderText(
        summaries.empty() ? tr("none: generate to record one")
                          : tr("%n recorded trajectory(s)", nullptr, int(summaries.size())));
    m_recorded->setEnabled(!summaries.empty());
}

void DenoisingPage::openTrajectory(const QString &path) {
    if (!m_controller->open(path)) {
        m_samplingStatus->setText(
            tr("Wait for the sampling to finish, or cancel it, before opening %1.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_openedFile = QFileInfo(path).fileName();
    m_pendingOrigin = {};  // a file does not say which run and step it came from
    setBusy(true);
}

bool DenoisingPage::generate() {
    if (m_checkpoint->currentIndex() < 0) {
        m_samplingStatus->setText(tr("Choose a checkpoint first."));
        return false;
    }
    SamplingController::Request request;
    request.checkpoint = m_checkpoint->currentData().toString();
    if (m_seq2seq && m_prompt->text().trimmed().isEmpty()) {
        m_samplingStatus->setText(tr(
            "This model is seq2seq: type the source to generate targets for in the prompt field."));
        m_prompt->setFocus();
        return false;
    }
    request.device = m_device;
    request.config.count = m_count->value();
    request.config.length = m_length->value();
    request.config.stepSize = m_stepSize->value();
    request.config.strategy = m_strategy->currentData().toString().toStdString();
    request.config.temperature = m_temperature->value();
    request.config.topK = m_topK->value();
    request.config.topP = m_topP->value();
    request.config.seed = static_cast<std::uint64_t>(m_seed->value());
    request.config.cache = m_cache->isChecked();
    request.config.prompt = m_prompt->text().trimmed().toStdString();
    // A checkpoint from the run's list belongs to the run; a browsed one is not recorded.
    const bool ofRun = m_checkpoint->currentData(kOfRunRole).toBool();
    request.storePath = ofRun ? m_storePath : QString();
    request.runId = ofRun ? m_runId : 0;
    request.step = m_checkpoint->currentData(kStepRole).toLongLong();
    if (!m_controller->start(request))
        return false;
    m_pendingOrigin = {request.runId, request.step};
    setBusy(true);
    m_samplingStatus->setText(tr("Sampling…"));
    return true;
}

void DenoisingPage::setBusy(bool busy) {
    m_busy = busy;
    updateGenerateEnabled();
    m_open->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    if (busy) {
        m_samplingEta.start();
        m_progress->setFormat(QString());
        m_progress->setRange(0, 0);
    } else {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
    }
}

void DenoisingPage::updatePromptHint() {
    // A seq2seq checkpoint generates a target for a source: the prompt field takes the source.
    m_seq2seq = false;
    const QString checkpoint = m_checkpoint->currentData().toString();
    if (!checkpoint.isEmpty() && QFileInfo::exists(checkpoint + QStringLiteral("/config.json")))
        try {
            m_seq2seq =
                dbw::loadRunConfig((checkpoint + QStringLiteral("/config.json")).toStdString())
                    .data.task == "seq2seq";
        } catch (const std::exception &) {
            // a damaged config: sampling reports it
        }
    if (m_seq2seq) {
        m_prompt->setPlaceholderText(
            tr("required: the source (this model is seq2seq: every sample is a target for it)"));
        m_prompt->setToolTip(
            tr("The source the model conditions on, e.g. shuffled words to put in order. It is "
               "fixed; the "
               "target after [SEP] is generated with as many tokens as the source."));
    } else {
        m_prompt->setPlaceholderText(tr("optional: The ___ sat on the ___{2} . (or a prefix)"));
        m_prompt->setToolTip(tr(
            "Fixed text the model fills around: ___ one masked token, ___{N} N tokens, ___{..N} 1 "
            "to N "
            "tokens (drawn per sample). Without a marker, a prefix continued to the length. Fixed "
            "tokens never change."));
    }
    m_length->setEnabled(!m_seq2seq);  // the target is as long as the source
}

void DenoisingPage::updateGenerateEnabled() {
    updatePromptHint();
    // Nothing to sample from until there is a checkpoint: say how to get one rather than fail.
    const bool checkpoint = m_checkpoint->currentIndex() >= 0;
    m_generate->setEnabled(!m_busy && checkpoint);
    m_generate->setToolTip(
        checkpoint
            ? QString()
            : tr("Choose a checkpoint first: train a run, or Browse… for a checkpoint folder"));
}

void DenoisingPage::setTrajectory(std::shared_ptr<const dbw::Trajectory> trajectory) {
    setPlaying(false);
    m_frames = trajectory ? std::make_unique<TrajectoryFrames>(std::move(trajectory)) : nullptr;
    m_player->setEnabled(m_frames != nullptr);
    const QSignalBlocker blocker(m_gridSample);
    m_gridSample->clear();
    if (!m_frames) {
        m_tokens->setSequences({});
        m_grid->setSequence({}, 0);
        m_stepInfo->setText(
            tr("Generate samples or open a trajectory to step through the reverse process."));
        return;
    }
    m_tokens->setSequences(m_frames->layoutTexts());
    for (int s = 0; s < m_frames->trajectory().sampleCount(); ++s)
        m_gridSample->addItem(tr("sample #%1").arg(s + 1));
    m_gridSample->setCurrentIndex(0);
    m_grid->setSequence(m_frames->revealSteps(0), m_frames->lastFrame());
    m_tokens->setSelectedSequence(0);
    m_slider->setRange(0, m_frames->lastFrame());
    m_frame = -1;
    setFrame(0);
    Q_EMIT trajectoryShown();
}

void DenoisingPage::setFrame(int frame) {
    if (!m_frames)
        return;
    frame = std::clamp(frame, 0, m_frames->lastFrame());
    if (frame == m_frame)
        return;
    m_frame = frame;
    refreshFrame();
}

void DenoisingPage::refreshFrame() {
    if (!m_frames)
        return;
    m_tokens->setFrame(m_frames->cells(m_frame, m_guesses->isChecked()));
    m_grid->setCurrentStep(m_frame);
    const QSignalBlocker blocker(m_slider);
    m_slider->setValue(m_frame);
    m_stepInfo->setText(m_frames->stepSummary(m_frame));
}

QString DenoisingPage::stepText() const {
    return m_stepInfo->text();
}

bool DenoisingPage::isPlaying() const {
    return m_playTimer->isActive();
}

void DenoisingPage::setPlaying(bool playing) {
    if (playing && m_frames) {
        if (m_frame >= m_frames->lastFrame())
            setFrame(0);
        m_playTimer->start(m_speed->currentData().toInt());
    } else {
        m_playTimer->stop();
    }
    m_playAction->setText(isPlaying() ? tr("Pause") : tr("Play"));
    m_playAction->setIcon(
        style()->standardIcon(isPlaying() ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
}

void DenoisingPage::setShowGuesses(bool show) {
    m_guesses->setChecked(show);
}

QString DenoisingPage::defaultExportName(Export kind) const {
    const QString base =
        sanitisedFileName(m_runName.isEmpty() ? QStringLiteral("trajectory") : m_runName);
    switch (kind) {
        case Export::Trajectory:
            return base + QStringLiteral("-trajectory.json");
        case Export::Samples:
            return base + QStringLiteral("-samples.jsonl");
        case Export::Image:
            return base + QStringLiteral("-step-%1.png").arg(m_frame);
        case Export::Html:
            return base + QStringLiteral("-replay.html");
    }
    return base;
}

void DenoisingPage::chooseExport(Export kind) {
    if (!m_frames)
        return;
    const QString filters[] = {tr("Trajectories (*.json)"),
                               tr("Text (*.txt);;JSON lines (*.jsonl);;CSV (*.csv)"),
                               tr("PNG images (*.png)"), tr("Web pages (*.html)")};
    // The dialog asks before it replaces an existing file.
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), defaultExportName(kind),
                                                      filters[static_cast<int>(kind)]);
    if (path.isEmpty())
        return;
    const QString error = exportTo(kind, path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export"), error);
}

QString DenoisingPage::exportTo(Export kind, const QString &path) const {
    if (!m_frames)
        return tr("Nothing to export: no trajectory is shown.");
    const dbw::Trajectory &trajectory = m_frames->trajectory();
    QByteArray bytes;
    try {
        switch (kind) {
            case Export::Trajectory:
                bytes = QByteArray::fromStdString(trajectory.json());
                break;
            case Export::Samples: {
                std::vector<dbw::SampleRecord> records;
                for (int s = 0; s < trajectory.sampleCount(); ++s) {
                    dbw::SampleRecord record;
                    record.runId = m_origin.runId;  // 0 for a trajectory opened from a file
                    record.step = m_origin.step;
                    record.text = trajectory.text(s);
                    for (int p = 0; p < trajectory.length(s); ++p)
                        record.tokenIds.push_back(trajectory.token(s, p));
                    record.samplerJson = trajectory.samplerJson();
                    records.push_back(std::move(record));
                }
                bytes = QByteArray::fromStdString(
                    dbw::formatSamples(records, dbw::sampleFormatFor(path.toStdString())));
                break;
            }
            case Export::Image: {
                QBuffer buffer(&bytes);
                buffer.open(QIODevice::WriteOnly);
                if (!m_player->grab().save(&buffer, "PNG"))
                    return tr("Could not encode the image.");
                break;
            }
            case Export::Html:
                bytes = QByteArray::fromStdString(dbw::replayHtml(
                    trajectory, tr("Reverse process — %1")
                                    .arg(m_runName.isEmpty() ? tr("trajectory") : m_runName)
                                    .toStdString()));
                break;
        }
    } catch (const std::exception &error) {
        return QString::fromStdString(error.what());
    }
    return writeExportFile(path, bytes);
}
