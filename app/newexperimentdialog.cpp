#include "newexperimentdialog.h"

#include "schedulechart.h"

#include "diffusion/schedule.h"
#include "error.h"
#include "util/files.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QComboBox *choices(const QStringList &values, QWidget *parent) {
    auto *box = new QComboBox(parent);
    box->addItems(values);
    return box;
}

QSpinBox *integer(int minimum, int maximum, QWidget *parent) {
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    return box;
}

QDoubleSpinBox *decimal(double minimum, double maximum, int decimals, double step,
                        QWidget *parent) {
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setDecimals(decimals);
    box->setSingleStep(step);
    return box;
}

void select(QComboBox *box, const std::string &value) {
    const int index = box->findText(QString::fromStdString(value));
    box->setCurrentIndex(index >= 0 ? index : 0);
}

}  // namespace

NewExperimentDialog::NewExperimentDialog(QWidget *parent) : QDialog(parent) {
    setObjectName(QStringLiteral("NewExperimentDialog"));
    setWindowTitle(tr("New Experiment"));
    auto *layout = new QHBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *content = new QWidget(scroll);
    auto *sections = new QVBoxLayout(content);
    scroll->setWidget(content);
    layout->addWidget(scroll, 3);

    auto section = [&](const QString &title) {
        auto *box = new QGroupBox(title, content);
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        sections->addWidget(box);
        return form;
    };

    auto *top = section(tr("Start from"));
    m_preset = choices({tr("CPU demo (a real tiny run in a minute or two)"),
                        tr("CPU seq2seq demo (restore word order: target given source)"),
                        tr("Paper recipe (LM1B, bert-base, GPU)")},
                       this);
    addRow(top, QStringLiteral("preset"), tr("Preset:"), m_preset);
    m_name = new QLineEdit(this);
    addRow(top, QStringLiteral("name"), tr("Run name:"), m_name);

    auto *data = section(tr("Data"));
    m_train = new QLineEdit(this);
    addRow(data, QStringLiteral("data.train"), tr("Training corpus:"),
           fileEditor(m_train, tr("Corpora (*.txt *.jsonl)")));
    m_valid = new QLineEdit(this);
    m_valid->setPlaceholderText(tr("empty: hold out 1% of the training corpus"));
    addRow(data, QStringLiteral("data.valid"), tr("Validation corpus:"),
           fileEditor(m_valid, tr("Corpora (*.txt *.jsonl)")));
    m_task = new QComboBox(this);
    m_task->addItem(tr("language model: every text a sentence"), QStringLiteral("lm"));
    m_task->addItem(tr("sequence to sequence: the jsonl target given its source"),
                    QStringLiteral("seq2seq"));
    m_task->setToolTip(
        tr("seq2seq (DiffuSeq): the network reads [CLS] src [SEP] trg [SEP]; only the target is "
           "noised, "
           "scored and generated, the source is always clean. Needs a jsonl corpus with \"src\" "
           "and \"trg\"."));
    addRow(data, QStringLiteral("data.task"), tr("Task:"), m_task);
    m_maxLength = integer(2, 4096, this);
    m_maxLength->setToolTip(
        tr("Longer sentences are cut; for seq2seq, pairs whose source [SEP] target is longer are "
           "skipped (and counted), never cut."));
    addRow(data, QStringLiteral("data.max_length"), tr("Max tokens per sentence:"), m_maxLength);

    auto *tokenizer = section(tr("Tokenizer"));
    m_tokenizer = new QLineEdit(this);
    m_tokenizer->setPlaceholderText(tr("empty: train a SentencePiece model on the corpus"));
    addRow(tokenizer, QStringLiteral("tokenizer.path"), tr("Load:"),
           fileEditor(m_tokenizer, tr("Tokenizers (*.model vocab.txt *.txt)")));
    m_vocabSize = integer(16, 1000000, this);
    addRow(tokenizer, QStringLiteral("tokenizer.vocab_size"), tr("Or train, vocabulary:"),
           m_vocabSize);

    auto *model = section(tr("Model"));
    m_modelPreset =
        choices({QStringLiteral("tiny"), QStringLiteral("small"), QStringLiteral("base")}, this);
    addRow(model, QStringLiteral("model.preset"), tr("Size:"), m_modelPreset);
    m_timeDesign = choices({QStringLiteral("none"), QStringLiteral("layerwise"),
                            QStringLiteral("prefix"), QStringLiteral("adaln")},
                           this);
    m_timeDesign->setToolTip(
        tr("none: time-agnostic (TAD, the paper's best); layerwise: LTE; prefix: PTE; adaln: "
           "adaptive LayerNorm"));
    addRow(model, QStringLiteral("model.time_design"), tr("Time design:"), m_timeDesign);
    m_dropout = decimal(0, 0.9, 2, 0.05, this);
    addRow(model, QStringLiteral("model.dropout"), tr("Dropout:"), m_dropout);
    m_init = new QLineEdit(this);
    m_init->setToolTip(tr(
        "A pretrained BERT to start from: a Hugging Face folder (config.json, model.safetensors or "
        "pytorch_model.bin, vocab.txt) or one of our checkpoints. Its sizes and tokenizer are "
        "used; the "
        "time design's own parts start fresh."));
    addRow(model, QStringLiteral("model.init"), tr("Initialise from:"),
           fileEditor(m_init, QString(), true));

    auto *diffusion = section(tr("Diffusion"));
    m_steps = integer(2, 1000000, this);
    addRow(diffusion, QStringLiteral("diffusion.steps"), tr("Steps T:"), m_steps);
    m_continuous = new QCheckBox(tr("continuous time (MDLM)"), this);
    addRow(diffusion, QStringLiteral("diffusion.continuous_time"), QString(), m_continuous);
    m_schedule = choices({QStringLiteral("mutual"), QStringLiteral("cosine"),
                          QStringLiteral("linear-beta"), QStringLiteral("loglinear"),
                          QStringLiteral("spindle"), QStringLiteral("spindle-reference")},
                         this);
    addRow(diffusion, QStringLiteral("diffusion.schedule"), tr("Schedule:"), m_schedule);
    m_spindleBase = choices({QStringLiteral("mutual"), QStringLiteral("cosine"),
                             QStringLiteral("linear-beta"), QStringLiteral("loglinear")},
                            this);
    addRow(diffusion, QStringLiteral("diffusion.spindle_base"), tr("Spindle base:"), m_spindleBase);
    m_lambda = decimal(0, 2, 2, 0.05, this);
    addRow(diffusion, QStringLiteral("diffusion.spindle_lambda"), tr("Spindle lambda:"), m_lambda);
    m_objective = choices(
        {QStringLiteral("d3pm-hybrid"), QStringLiteral("nelbo"), QStringLiteral("mlm")}, this);
    m_objective->setToolTip(
        tr("d3pm-hybrid: the paper's; nelbo: continuous-time MDLM; mlm: BERT's masked language "
           "model, to "
           "pretrain a plain BERT to start diffusion runs from"));
    addRow(diffusion, QStringLiteral("diffusion.objective"), tr("Objective:"), m_objective);
    m_hybridLambda = decimal(0, 100, 4, 0.005, this);
    addRow(diffusion, QStringLiteral("diffusion.hybrid_lambda"), tr("Hybrid lambda:"),
           m_hybridLambda);

    auto *training = section(tr("Training"));
    m_batch = integer(1, 65536, this);
    addRow(training, QStringLiteral("training.batch_size"), tr("Batch:"), m_batch);
    m_accumulation = integer(1, 4096, this);
    addRow(training, QStringLiteral("training.accumulation"), tr("Accumulation:"), m_accumulation);
    m_learningRate = decimal(0, 10, 7, 1e-4, this);
    addRow(training, QStringLiteral("training.lr"), tr("Learning rate:"), m_learningRate);
    m_warmup = integer(0, 100000000, this);
    addRow(training, QStringLiteral("training.warmup_steps"), tr("Warm-up steps:"), m_warmup);
    m_lrSchedule = choices({QStringLiteral("inverse-sqrt"), QStringLiteral("linear"),
                            QStringLiteral("cosine"), QStringLiteral("constant")},
                           this);
    addRow(training, QStringLiteral("training.lr_schedule"), tr("Decay:"), m_lrSchedule);
    m_trainSteps = integer(1, 100000000, this);
    addRow(training, QStringLiteral("training.steps"), tr("Steps:"), m_trainSteps);
    m_clip =
        choices({QStringLiteral("value"), QStringLiteral("norm"), QStringLiteral("none")}, this);
    addRow(training, QStringLiteral("training.clip"), tr("Clipping:"), m_clip);
    m_validateEvery = integer(0, 100000000, this);
    addRow(training, QStringLiteral("training.validate_every"), tr("Validate every:"),
           m_validateEvery);
    m_sampleEvery = integer(0, 100000000, this);
    addRow(training, QStringLiteral("training.sample_every"), tr("Sample every:"), m_sampleEvery);
    m_checkpointEvery = integer(0, 100000000, this);
    addRow(training, QStringLiteral("training.checkpoint_every"), tr("Checkpoint every:"),
           m_checkpointEvery);
    m_seed = integer(0, 2000000000, this);
    addRow(training, QStringLiteral("training.seed"), tr("Seed:"), m_seed);
    m_device = choices({QStringLiteral("cpu"), QStringLiteral("cuda")}, this);
    addRow(training, QStringLiteral("training.device"), tr("Device:"), m_device);
    m_threads = integer(0, 1024, this);
    m_threads->setSpecialValueText(tr("all cores"));
    addRow(training, QStringLiteral("training.threads"), tr("Threads:"), m_threads);
    m_processes = integer(1, 256, this);
    m_processes->setValue(1);
    m_processes->setToolTip(
        tr("Data parallel: this many local processes train one model, each on its share of every "
           "batch (dbw train --nproc). The batch size is the batch of all of them together; the "
           "threads "
           "are per process (all cores: the cores shared out)."));
    addRow(training, QStringLiteral("processes"), tr("Processes:"), m_processes);
    m_precision =
        choices({QStringLiteral("auto"), QStringLiteral("fp32"), QStringLiteral("bf16")}, this);
    addRow(training, QStringLiteral("training.precision"), tr("Precision:"), m_precision);
    sections->addStretch();

    auto *side = new QVBoxLayout;
    m_preview = new ScheduleChart(this);
    m_preview->setObjectName(QStringLiteral("schedulePreview"));
    side->addWidget(m_preview, 1);
    m_spindleNote = new QLabel(
        tr("For the spindle, the band spans token offsets from -0.75 to +0.25, a typical range: "
           "the run computes each token's offset from the corpus."),
        this);
    m_spindleNote->setObjectName(QStringLiteral("spindleNote"));
    m_spindleNote->setWordWrap(true);
    side->addWidget(m_spindleNote);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Start Training"));
    auto *load = m_buttons->addButton(tr("Load…"), QDialogButtonBox::ActionRole);
    auto *save = m_buttons->addButton(tr("Save…"), QDialogButtonBox::ActionRole);
    side->addWidget(m_buttons);
    layout->addLayout(side, 2);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(load, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Load Config"), {}, tr("Configs (*.json)"));
        QString error;
        if (!path.isEmpty() && !loadConfigFile(path, &error))
            m_messages.value(QStringLiteral("preset"))->setText(error);
    });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save Config"), {}, tr("Configs (*.json)"));
        QString error;
        if (!path.isEmpty() && !saveConfigFile(path, &error))
            m_messages.value(QStringLiteral("preset"))->setText(error);
    });
    connect(m_preset, &QComboBox::currentIndexChanged, this, &NewExperimentDialog::applyPreset);
    // Any edit revalidates; schedule edits also redraw the preview.
    for (QLineEdit *edit : {m_name, m_train, m_valid, m_tokenizer, m_init})
        connect(edit, &QLineEdit::textChanged, this, &NewExperimentDialog::validate);
    for (QSpinBox *box : findChildren<QSpinBox *>())
        connect(box, &QSpinBox::valueChanged, this, &NewExperimentDialog::validate);
    for (QDoubleSpinBox *box : findChildren<QDoubleSpinBox *>())
        connect(box, &QDoubleSpinBox::valueChanged, this, &NewExperimentDialog::validate);
    for (QComboBox *box : findChildren<QComboBox *>())
        if (box != m_preset)
            connect(box, &QComboBox::currentIndexChanged, this, &NewExperimentDialog::validate);
    connect(m_continuous, &QCheckBox::toggled, this, &NewExperimentDialog::validate);
    applyPreset(0);
    resize(1100, 760);
}

QWidget *NewExperimentDialog::addRow(QFormLayout *form, const QString &key, const QString &label,
                                     QWidget *editor) {
    auto *cell = new QWidget(this);
    auto *row = new QHBoxLayout(cell);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(editor, 1);
    auto *message = new QLabel(cell);
    message->setObjectName(QStringLiteral("message:") + key);
    message->setStyleSheet(
        QStringLiteral("color: #b5400b;"));  // vermilion, readable for colour-blind users
    message->setWordWrap(true);
    message->setMaximumWidth(320);
    row->addWidget(message, 1);
    // File rows are a box with a line edit and a button: the line edit is the field.
    QWidget *field =
        editor->property("fileBox").toBool() ? editor->findChild<QLineEdit *>() : editor;
    field->setObjectName(QStringLiteral("field:") + key);
    form->addRow(label, cell);
    m_messages.insert(key, message);
    return cell;
}

QWidget *NewExperimentDialog::fileEditor(QLineEdit *edit, const QString &filter, bool folder) {
    auto *box = new QWidget(this);
    box->setProperty("fileBox", true);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(edit, 1);
    auto *browse = new QToolButton(box);
    browse->setText(tr("…"));
    browse->setToolTip(folder ? tr("Choose a folder") : tr("Choose a file"));
    row->addWidget(browse);
    connect(browse, &QToolButton::clicked, this, [this, edit, filter, folder] {
        const QString path =
            folder ? QFileDialog::getExistingDirectory(this, tr("Choose Folder"), edit->text())
                   : QFileDialog::getOpenFileName(this, tr("Choose File"),
                                                  QFileInfo(edit->text()).absolutePath(), filter);
        if (!path.isEmpty())
            edit->setText(path);
    });
    return box;
}

dbw::RunConfig demoRunConfig(const std::string &preset) {
    dbw::RunConfig config = dbw::presetRunConfig(preset);
    try {
        dbw::useBundledCorpus(config);
    } catch (const std::exception &) {
        // no bundled corpus found: the field stays empty and says so
    }
    return config;
}

void NewExperimentDialog::applyPreset(int index) {
    setConfig(demoRunConfig(index == 0 ? "cpu-demo" : index == 1 ? "cpu-unshuffle" : "paper"));
}

void NewExperimentDialog::setConfig(const dbw::RunConfig &config) {
    m_base = config;
    const QSignalBlocker blocker(this);
    m_name->setText(QString::fromStdString(config.name));
    m_train->setText(QString::fromStdString(config.data.trainCorpus));
    m_valid->setText(QString::fromStdString(config.data.validCorpus));
    m_maxLength->setValue(config.data.maxLength);
    m_task->setCurrentIndex(
        std::max(0, m_task->findData(QString::fromStdString(config.data.task))));
    m_tokenizer->setText(QString::fromStdString(config.tokenizer.path));
    m_vocabSize->setValue(config.tokenizer.vocabSize);
    select(m_modelPreset, config.model.preset);
    select(m_timeDesign, config.model.timeDesign);
    m_dropout->setValue(config.model.dropout);
    m_init->setText(QString::fromStdString(config.model.init));
    // The paper's denoiser starts from bert-base-uncased, which cannot be fetched here.
    m_init->setPlaceholderText(
        config.name == "paper-lm1b"
            ? tr("the paper starts from bert-base-uncased: choose its Hugging Face folder")
            : tr("empty: random weights"));
    m_steps->setValue(config.diffusion.steps);
    m_continuous->setChecked(config.diffusion.continuousTime);
    select(m_schedule, config.diffusion.schedule);
    select(m_spindleBase, config.diffusion.spindleBase);
    m_lambda->setValue(config.diffusion.spindleLambda);
    select(m_objective, config.diffusion.objective);
    m_hybridLambda->setValue(config.diffusion.hybridLambda);
    m_batch->setValue(config.training.batchSize);
    m_accumulation->setValue(config.training.accumulation);
    m_learningRate->setValue(config.training.learningRate);
    m_warmup->setValue(config.training.warmupSteps);
    select(m_lrSchedule, config.training.lrSchedule);
    m_trainSteps->setValue(config.training.steps);
    select(m_clip, config.training.clip);
    m_validateEvery->setValue(config.training.validateEvery);
    m_sampleEvery->setValue(config.training.sampleEvery);
    m_checkpointEvery->setValue(config.training.checkpointEvery);
    m_seed->setValue(static_cast<int>(config.training.seed));
    select(m_device, config.training.device);
    m_threads->setValue(config.training.threads);
    select(m_precision, config.training.precision);
    validate();
}

dbw::RunConfig NewExperimentDialog::config() const {
    dbw::RunConfig config = m_base;
    config.name = m_name->text().trimmed().toStdString();
    config.data.trainCorpus = m_train->text().trimmed().toStdString();
    config.data.validCorpus = m_valid->text().trimmed().toStdString();
    config.data.maxLength = m_maxLength->value();
    config.data.task = m_task->currentData().toString().toStdString();
    config.tokenizer.path = m_tokenizer->text().trimmed().toStdString();
    config.tokenizer.vocabSize = m_vocabSize->value();
    if (config.model.preset != m_modelPreset->currentText().toStdString())
        config.model =
            dbw::applyModelPreset(config.model, m_modelPreset->currentText().toStdString());
    config.model.timeDesign = m_timeDesign->currentText().toStdString();
    config.model.dropout = m_dropout->value();
    config.model.init = m_init->text().trimmed().toStdString();
    config.diffusion.steps = m_steps->value();
    config.diffusion.continuousTime = m_continuous->isChecked();
    config.diffusion.schedule = m_schedule->currentText().toStdString();
    config.diffusion.spindleBase = m_spindleBase->currentText().toStdString();
    config.diffusion.spindleLambda = m_lambda->value();
    config.diffusion.objective = m_objective->currentText().toStdString();
    config.diffusion.hybridLambda = m_hybridLambda->value();
    config.training.batchSize = m_batch->value();
    config.training.accumulation = m_accumulation->value();
    config.training.learningRate = m_learningRate->value();
    config.training.warmupSteps = m_warmup->value();
    config.training.lrSchedule = m_lrSchedule->currentText().toStdString();
    config.training.steps = m_trainSteps->value();
    config.training.clip = m_clip->currentText().toStdString();
    config.training.validateEvery = m_validateEvery->value();
    config.training.sampleEvery = m_sampleEvery->value();
    config.training.checkpointEvery = m_checkpointEvery->value();
    config.training.seed = static_cast<std::uint64_t>(m_seed->value());
    config.training.device = m_device->currentText().toStdString();
    config.training.threads = m_threads->value();
    config.training.precision = m_precision->currentText().toStdString();
    return config;
}

int NewExperimentDialog::processes() const {
    return m_processes->value();
}

void NewExperimentDialog::validate() {
    m_problems.clear();
    const dbw::RunConfig current = config();
    auto fileProblem = [&](const QString &key, const std::string &path, bool required,
                           const QString &what) {
        if (path.empty()) {
            if (required)
                m_problems.insert(key, tr("choose %1").arg(what));
            return;
        }
        const QFileInfo info(QString::fromStdString(path));
        if (!info.exists())
            m_problems.insert(key, tr("no such file"));
        else if (!info.isFile() || !info.isReadable())
            m_problems.insert(key, tr("not a readable file"));
    };
    fileProblem(QStringLiteral("data.train"), current.data.trainCorpus, true,
                tr("a training corpus"));
    fileProblem(QStringLiteral("data.valid"), current.data.validCorpus, false, {});
    fileProblem(QStringLiteral("tokenizer.path"), current.tokenizer.path, false, {});
    if (!current.tokenizer.path.empty() &&
        !QString::fromStdString(current.tokenizer.path).endsWith(QLatin1String(".model")) &&
        !QString::fromStdString(current.tokenizer.path).endsWith(QLatin1String(".txt")))
        m_problems.insert(QStringLiteral("tokenizer.path"),
                          tr("expected a SentencePiece .model or a BERT vocab.txt"));
    if (current.name.empty())
        m_problems.insert(QStringLiteral("name"), tr("give the run a name"));
    if (processes() > current.training.batchSize)
        m_problems.insert(QStringLiteral("processes"),
                          tr("the batch of %1 is shared by the processes: at most %1")
                              .arg(current.training.batchSize));
    if (current.data.task == "seq2seq" && !current.data.trainCorpus.empty() &&
        !QString::fromStdString(current.data.trainCorpus).endsWith(QLatin1String(".jsonl")))
        m_problems.insert(QStringLiteral("data.task"),
                          tr("seq2seq needs a jsonl corpus with \"src\" and \"trg\" per line"));
    // A pretrained start brings its sizes and tokenizer: the fields for them do not apply.
    const bool pretrained = !current.model.init.empty();
    if (pretrained && !QFileInfo::exists(QString::fromStdString(current.model.init) +
                                         QStringLiteral("/config.json")))
        m_problems.insert(QStringLiteral("model.init"),
                          tr("not a model folder (it has no config.json)"));
    if (pretrained && !current.tokenizer.path.empty())
        m_problems.insert(
            QStringLiteral("tokenizer.path"),
            tr("a run initialised from a pretrained model uses its tokenizer: leave this empty"));
    // The engine's own checks, each shown at the field its message names.
    try {
        dbw::runConfigFromJson(dbw::runConfigToJson(current), "config");
    } catch (const dbw::InputError &error) {
        const QString message = QString::fromStdString(error.message());
        const QString key = message.section(QLatin1Char(':'), 0, 0).section(QLatin1Char(' '), 0, 0);
        m_problems.insert(m_messages.contains(key) ? key : QStringLiteral("preset"), message);
    }
    for (auto it = m_messages.begin(); it != m_messages.end(); ++it)
        it.value()->setText(m_problems.value(it.key()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problems.isEmpty());
    const bool spindle = current.diffusion.schedule.rfind("spindle", 0) == 0;
    m_lambda->setEnabled(spindle);
    m_spindleBase->setEnabled(spindle);
    m_spindleNote->setVisible(spindle);  // it explains the band, which only the spindle draws
    m_vocabSize->setEnabled(current.tokenizer.path.empty() && !pretrained);
    m_modelPreset->setEnabled(!pretrained);
    updatePreview();
}

void NewExperimentDialog::updatePreview() {
    const dbw::RunConfig current = config();
    try {
        const dbw::NoiseSchedule schedule(
            dbw::scheduleKindFromString(current.diffusion.schedule),
            dbw::scheduleKindFromString(current.diffusion.spindleBase),
            current.diffusion.spindleLambda);
        QVector<double> times, keep, low, high;
        for (int i = 0; i <= 200; ++i) {
            const double u = i / 200.0;
            times << u;
            keep << schedule.keep(u, 0.0);
            if (schedule.isSpindle()) {
                low << schedule.keep(u, -0.75);  // rare, informative: masked first
                high << schedule.keep(u, 0.25);  // frequent: kept longer
            }
        }
        m_preview->setCurves(times, keep, low, high);
    } catch (const std::exception &) {
        m_preview->setCurves({}, {});
    }
}

bool NewExperimentDialog::loadConfigFile(const QString &path, QString *error) {
    try {
        setConfig(dbw::loadRunConfig(path.toStdString()));
        return true;
    } catch (const std::exception &problem) {
        if (error)
            *error = QString::fromStdString(problem.what());
        return false;
    }
}

bool NewExperimentDialog::saveConfigFile(const QString &path, QString *error) const {
    try {
        dbw::writeFileAtomically(path.toStdString(), dbw::runConfigToJson(config(), true));
        return true;
    } catch (const std::exception &problem) {
        if (error)
            *error = QString::fromStdString(problem.what());
        return false;
    }
}
