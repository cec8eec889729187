#pragma once

#include "train/runconfig.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class ScheduleChart;

// A CPU demo preset (cpu-demo, cpu-unshuffle) on its bundled corpus (the corpus fields stay empty
// when no bundled corpus is found, and the run's config check then says so).
dbw::RunConfig demoRunConfig(const std::string &preset = "cpu-demo");

// Configures a new training run: data, tokenizer, model, diffusion (with a live preview of the
// schedule) and training. Starts from a preset (CPU demo, paper recipe) or a saved config JSON.
// Every problem is shown next to its field and keeps OK disabled.
class NewExperimentDialog : public QDialog {
    Q_OBJECT

public:
    explicit NewExperimentDialog(QWidget *parent = nullptr);

    dbw::RunConfig config() const;
    // Local processes for data-parallel training (not part of the run config: the run trains the
    // same model with any number of them).
    int processes() const;
    void setConfig(const dbw::RunConfig &config);
    // Field key ("data.train", "diffusion.objective", ...) -> message; empty when valid.
    QMap<QString, QString> problems() const { return m_problems; }
    bool loadConfigFile(const QString &path, QString *error = nullptr);
    bool saveConfigFile(const QString &path, QString *error = nullptr) const;

private:
    QWidget *addRow(QFormLayout *form, const QString &key, const QString &label, QWidget *editor);
    // A line edit with a browse button: for a file matching `filter`, or a folder.
    QWidget *fileEditor(QLineEdit *edit, const QString &filter, bool folder = false);
    void applyPreset(int index);
    void validate();
    void updatePreview();

    QComboBox *m_preset = nullptr, *m_task = nullptr;
    QLineEdit *m_name = nullptr, *m_train = nullptr, *m_valid = nullptr, *m_tokenizer = nullptr;
    QSpinBox *m_vocabSize = nullptr, *m_maxLength = nullptr, *m_steps = nullptr, *m_batch = nullptr,
             *m_warmup = nullptr, *m_trainSteps = nullptr, *m_validateEvery = nullptr,
             *m_sampleEvery = nullptr, *m_checkpointEvery = nullptr, *m_seed = nullptr,
             *m_threads = nullptr, *m_accumulation = nullptr, *m_processes = nullptr;
    QComboBox *m_modelPreset = nullptr, *m_timeDesign = nullptr, *m_schedule = nullptr,
              *m_spindleBase = nullptr, *m_objective = nullptr, *m_lrSchedule = nullptr,
              *m_clip = nullptr, *m_device = nullptr, *m_precision = nullptr;
    QDoubleSpinBox *m_lambda = nullptr, *m_hybridLambda = nullptr, *m_learningRate = nullptr,
                   *m_dropout = nullptr;
    QCheckBox *m_continuous = nullptr;
    QLineEdit *m_init = nullptr;  // model.init: a pretrained BERT
    QDialogButtonBox *m_buttons = nullptr;
    ScheduleChart *m_preview = nullptr;
    QLabel *m_spindleNote = nullptr;  // shown with the spindle only
    QMap<QString, QLabel *> m_messages;
    QMap<QString, QString> m_problems;
    dbw::RunConfig m_base;  // keys the dialog does not show travel unchanged
};
