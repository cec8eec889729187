#pragma once

#include "livetexts.h"
#include "runprogress.h"

#include <QWidget>

#include <memory>
#include <vector>

class QAction;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSlider;
class QSpinBox;
class QTimer;
class QToolButton;
class RevealGrid;
class SamplingController;
class TokenView;
class TrajectoryFrames;
namespace dbw {
class Trajectory;
struct TrajectorySummary;
}  // namespace dbw

// The denoising viewer: a sampling panel (from one of the run's checkpoints or any checkpoint
// folder) that records the reverse process on a worker thread, and a player that steps through it
// token by token: token rows, reveal-order grid, x0 guesses under the masks, step facts, playback
// controls with shortcuts, and exports (trajectory JSON, samples, PNG, self-contained HTML).
class DenoisingPage : public QWidget {
    Q_OBJECT

public:
    enum class Export { Trajectory, Samples, Image, Html };

    explicit DenoisingPage(QWidget *parent = nullptr);
    ~DenoisingPage() override;

    // Lists the run's checkpoints (newest first) from the store.
    void showRun(const QString &storePath, qint64 runId);
    // Shows a trajectory (from the sampler or a file).
    void setTrajectory(std::shared_ptr<const dbw::Trajectory> trajectory);
    // Starts sampling with the panel's settings; false when it cannot start.
    bool generate();
    void openTrajectory(const QString &path);
    // Opens one of the shown run's trajectories from the store; false while sampling.
    bool openRecorded(qint64 trajectoryId);

    int frame() const { return m_frame; }
    void setFrame(int frame);
    bool isPlaying() const;
    void setPlaying(bool playing);
    void setShowGuesses(bool show);
    // Writes an export to `path` (no dialog); returns an error message or an empty string.
    QString exportTo(Export kind, const QString &path) const;

    const TrajectoryFrames *frames() const { return m_frames.get(); }
    TokenView *tokenView() const { return m_tokens; }
    RevealGrid *revealGrid() const { return m_grid; }
    SamplingController *controller() const { return m_controller; }
    QString stepText() const;

Q_SIGNALS:
    void trajectoryShown();
    void samplingFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createSamplingPanel();
    QWidget *createPlayer();
    void refreshFrame();
    void chooseExport(Export kind);
    void browseCheckpoint();
    void chooseTrajectory();
    void updateStepCount();
    void setBusy(bool busy);
    void updateGenerateEnabled();
    void updatePromptHint();  // the prompt field's hint: a source for a seq2seq checkpoint
    void updateRecorded(const std::vector<dbw::TrajectorySummary> &summaries);
    QString defaultExportName(Export kind) const;

    LiveTexts m_texts;
    WorkEta m_samplingEta;
    QString m_storePath;
    qint64 m_runId = 0;
    QString m_runName;
    QString m_openedFile;
    // The run and training step the shown trajectory was sampled from (zeros: unknown, a file).
    struct Origin {
        qint64 runId = 0;
        qint64 step = 0;
    };
    Origin m_origin, m_pendingOrigin;
    QString m_device = QStringLiteral("cpu");
    int m_diffusionSteps = 0;
    SamplingController *m_controller = nullptr;
    std::unique_ptr<TrajectoryFrames> m_frames;
    int m_frame = 0;

    QComboBox *m_checkpoint = nullptr;
    QLineEdit *m_prompt = nullptr;
    QSpinBox *m_count = nullptr;
    QSpinBox *m_length = nullptr;
    QSpinBox *m_stepSize = nullptr;
    QLabel *m_stepCount = nullptr;
    QComboBox *m_strategy = nullptr;
    QDoubleSpinBox *m_temperature = nullptr;
    QSpinBox *m_topK = nullptr;
    QDoubleSpinBox *m_topP = nullptr;
    QSpinBox *m_seed = nullptr;
    QCheckBox *m_cache = nullptr;
    QComboBox *m_recorded = nullptr;  // the run's trajectories in the store
    QPushButton *m_generate = nullptr;
    bool m_busy = false;     // sampling on the worker
    bool m_seq2seq = false;  // the chosen checkpoint generates targets for sources
    QPushButton *m_open = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_samplingStatus = nullptr;

    QAction *m_playAction = nullptr;
    QSlider *m_slider = nullptr;
    QComboBox *m_speed = nullptr;
    QCheckBox *m_guesses = nullptr;
    QToolButton *m_export = nullptr;
    QLabel *m_stepInfo = nullptr;
    QComboBox *m_gridSample = nullptr;
    TokenView *m_tokens = nullptr;
    QScrollArea *m_tokenScroll = nullptr;
    RevealGrid *m_grid = nullptr;
    QTimer *m_playTimer = nullptr;
    QWidget *m_player = nullptr;
};
