// The closed-form objectives against a brute-force reference that materialises the full posterior
// distributions over a tiny vocabulary (Bayes' rule on whole vectors), for every schedule, at
// t = 0, a middle step and T - 1, masked and unmasked positions; the continuous-time integrand
// against the limit of the discrete KL; and the gradient against finite differences.
#include "diffusion/objective.h"
#include "diffusion/schedule.h"

#include <QtTest>

#include <cmath>
#include <random>

using namespace dbw;

namespace {

constexpr int kV = 7;  // [PAD]=0 a=1 b=2 c=3 [MASK]=4 d=5 e=6
constexpr int kMask = 4;
constexpr int kPad = 0;
constexpr int kT = 64;

std::vector<double> offsetsFor(ScheduleKind kind) {
    if (kind == ScheduleKind::SpindleReference)  // frequency scores in [0, 1]
        return {0.0, 0.9, 0.2, 0.55, 0.0, 0.7, 0.05};
    return {0.0, 0.35, -0.4, 0.1, 0.0, -0.2, 0.45};  // centred offsets
}

// Full-vector reference for one masked position (x_{t+1} = [MASK]) with true token w.
// keepAt(u, v): keep probability of token v at time u.
template <typename Keep>
double bruteForceKl(const std::vector<double> &pi, int w, double target, double noisy, Keep keepAt,
                    bool zeroMask) {
    std::vector<double> model = pi;
    if (zeroMask) {
        model[kMask] = 0;
        double total = 0;
        for (double p : model)
            total += p;
        for (double &p : model)
            p /= total;
    }
    // q(x_t | x_{t+1} = M, x0 = v) over x_t, by Bayes: prior q(x_t | x0) times the likelihood of
    // moving to [MASK] by t+1.
    auto posterior = [&](int v) {
        std::vector<double> q(kV, 0.0);
        if (v == kMask) {
            q[kMask] = 1;
            return q;
        }
        const double a = keepAt(target, v), aNext = keepAt(noisy, v);
        if (aNext >= 1.0)  // v cannot be masked yet: the state has probability 0
            return q;
        const double stay = a > 0 ? aNext / a : 0;  // P(v stays v from t to t+1)
        q[v] = a * (1 - stay);
        q[kMask] = (1 - a) * 1.0;
        const double z = q[v] + q[kMask];
        for (double &x : q)
            x /= z;
        return q;
    };
    const std::vector<double> q = posterior(w);
    if (q[w] == 0 && q[kMask] == 0)
        return 0.0;  // an impossible state contributes nothing
    std::vector<double> p(kV, 0.0);
    for (int v = 0; v < kV; ++v) {
        if (model[v] == 0)
            continue;
        const std::vector<double> qv = posterior(v);
        for (int x = 0; x < kV; ++x)
            p[x] += model[v] * qv[x];
    }
    double kl = 0;
    for (int x = 0; x < kV; ++x)
        if (q[x] > 0)
            kl += q[x] * (std::log(q[x]) - std::log(p[x]));
    return kl;
}

// The official code's full-vector computation (reference_train.py loss_official) with the
// position's own keep probability.
double bruteForceOfficial(const std::vector<double> &pi, int w, bool first, double keep, double b) {
    std::vector<double> priorQ(kV, 0.0), priorP(kV, 0.0), likelihood(kV, b);
    likelihood[kMask] = 1.0;  // x_{t+1} = [MASK]: from any token with rate b, from [MASK] surely
    if (first) {
        priorQ[w] = 1;
        priorP = pi;
    } else {
        priorQ[w] = keep;
        priorQ[kMask] += 1 - keep;
        for (int v = 0; v < kV; ++v)
            priorP[v] = pi[v] * keep;
        priorP[kMask] += 1 - keep;
    }
    std::vector<double> q(kV), p(kV);
    double zq = 0, zp = 0;
    for (int v = 0; v < kV; ++v) {
        q[v] = priorQ[v] * likelihood[v];
        p[v] = priorP[v] * likelihood[v];
        zq += q[v];
        zp += p[v];
    }
    if (first)
        return -std::log(p[w] / zp);
    double kl = 0;
    for (int v = 0; v < kV; ++v)
        if (q[v] > 0)
            kl += q[v] / zq * (std::log(q[v] / zq) - std::log(p[v] / zp));
    return std::max(kl, 0.0);
}

std::vector<double> softmax(const torch::Tensor &row) {
    const auto p = torch::softmax(row.to(torch::kFloat64), 0).contiguous();
    return std::vector<double>(p.data_ptr<double>(), p.data_ptr<double>() + p.numel());
}

}  // namespace

Q_DECLARE_METATYPE(ScheduleKind)

class TestObjective : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void discreteMatchesBruteForce_data() {
        QTest::addColumn<ScheduleKind>("kind");
        QTest::addColumn<ScheduleKind>("base");
        QTest::addColumn<int>("t");
        QTest::addColumn<bool>("zeroMask");
        const std::pair<const char *, std::pair<ScheduleKind, ScheduleKind>> schedules[] = {
            {"mutual", {ScheduleKind::Mutual, ScheduleKind::Mutual}},
            {"cosine", {ScheduleKind::Cosine, ScheduleKind::Cosine}},
            {"linear-beta", {ScheduleKind::LinearBeta, ScheduleKind::LinearBeta}},
            {"loglinear", {ScheduleKind::LogLinear, ScheduleKind::LogLinear}},
            {"spindle", {ScheduleKind::Spindle, ScheduleKind::Mutual}},
            {"spindle on cosine", {ScheduleKind::Spindle, ScheduleKind::Cosine}},
            {"spindle-reference", {ScheduleKind::SpindleReference, ScheduleKind::Mutual}}};
        for (const auto &[name, kinds] : schedules)
            for (const int t : {0, kT / 2, kT - 1})
                for (const bool zeroMask : {true, false})
                    QTest::addRow("%s t=%d %s", name, t, zeroMask ? "no-mask-prob" : "mask-prob")
                        << kinds.first << kinds.second << t << zeroMask;
    }

    void discreteMatchesBruteForce() {
        QFETCH(ScheduleKind, kind);
        QFETCH(ScheduleKind, base);
        QFETCH(int, t);
        QFETCH(bool, zeroMask);
        const NoiseSchedule schedule(kind, base, 0.3);
        ObjectiveSettings settings;
        settings.steps = kT;
        settings.zeroMaskProbability = zeroMask;
        const std::vector<double> offsets = offsetsFor(kind);
        const DiffusionObjective objective(schedule, settings, kMask, kPad, offsets);

        // Two sequences at the same t, positions: 3 masked + 2 unmasked.
        torch::manual_seed(t * 7 + static_cast<int>(kind));
        const auto ids = torch::tensor({{1, 2, 3, 5, 6}, {6, 5, 1, 2, 0}}, torch::kInt64);
        const auto real = ids != kPad;
        const auto masked2d =
            torch::tensor({{true, false, true, true, false}, {true, true, false, true, false}});
        const auto times = objective.fixedTimes(std::vector<int64_t>{t, t});
        const auto offsets2d = objective.positionOffsets(ids, real);
        const auto select = real.flatten().nonzero().squeeze(1);
        const auto logits = torch::randn({select.size(0), kV}, torch::kFloat64) * 2;
        const auto sequence =
            torch::arange(2).unsqueeze(1).expand({2, 5}).flatten().index_select(0, select);
        const auto terms =
            objective.terms(logits.to(torch::kFloat32), ids.flatten().index_select(0, select),
                            masked2d.flatten().index_select(0, select), sequence,
                            offsets2d.flatten().index_select(0, select), times);
        const auto base32 = terms.base.to(torch::kFloat64);
        double worst = 0;
        for (int64_t n = 0; n < select.size(0); ++n) {
            const int64_t flat = select[n].item<int64_t>();
            const int w = static_cast<int>(ids.flatten()[flat].item<int64_t>());
            const bool masked = masked2d.flatten()[flat].item<bool>();
            const double offset = offsets2d.flatten()[flat].item<double>();
            const std::vector<double> pi = softmax(logits[n]);
            double expected = 0;
            if (masked) {
                const double target = double(t) / kT, noisy = double(t + 1) / kT;
                if (kind == ScheduleKind::SpindleReference) {
                    const double keepT = std::clamp(
                        schedule.baseKeep(target) + schedule.spindleAmplitude(target) * offset, 0.0,
                        0.999);
                    const double b = 1 - schedule.baseKeep(noisy) / schedule.baseKeep(target);
                    std::vector<double> model = pi;
                    if (zeroMask) {
                        model[kMask] = 0;
                        double total = 0;
                        for (double p : model)
                            total += p;
                        for (double &p : model)
                            p /= total;
                    }
                    expected = bruteForceOfficial(model, w, t == 0, keepT, b);
                } else {
                    expected = bruteForceKl(
                        pi, w, target, noisy,
                        [&](double u, int v) { return schedule.keep(u, offsets[v]); }, zeroMask);
                }
            }
            const double got = base32[n].item<double>();
            worst = std::max(worst, std::abs(got - expected));
            QVERIFY2(std::abs(got - expected) <= 1e-5 * std::max(1.0, std::abs(expected)),
                     qPrintable(QString("position %1 (%2): closed form %3, brute force %4")
                                    .arg(n)
                                    .arg(masked ? "masked" : "unmasked")
                                    .arg(got, 0, 'g', 10)
                                    .arg(expected, 0, 'g', 10)));
            std::vector<double> model = pi;
            if (zeroMask) {
                double total = 1 - model[kMask];
                model[w] /= total;
            }
            QVERIFY(std::abs(terms.hybrid[n].item<double>() + std::log(model[w])) < 1e-5);
        }
        qDebug("worst |closed form - brute force| = %.3g", worst);
    }

    void continuousIsTheLimitOfDiscrete_data() {
        QTest::addColumn<ScheduleKind>("kind");
        QTest::addColumn<ScheduleKind>("base");
        QTest::addColumn<double>("u");
        for (const double u : {0.05, 0.5, 0.93}) {
            QTest::addRow("mutual u=%g", u) << ScheduleKind::Mutual << ScheduleKind::Mutual << u;
            QTest::addRow("cosine u=%g", u) << ScheduleKind::Cosine << ScheduleKind::Cosine << u;
            QTest::addRow("linear-beta u=%g", u)
                << ScheduleKind::LinearBeta << ScheduleKind::LinearBeta << u;
            QTest::addRow("loglinear u=%g", u)
                << ScheduleKind::LogLinear << ScheduleKind::LogLinear << u;
            QTest::addRow("spindle u=%g", u) << ScheduleKind::Spindle << ScheduleKind::Mutual << u;
        }
    }

    void continuousIsTheLimitOfDiscrete() {
        // The NELBO integrand at u is the rate of the discrete KL: KL(step u-h -> u) / h as h -> 0.
        QFETCH(ScheduleKind, kind);
        QFETCH(ScheduleKind, base);
        QFETCH(double, u);
        const NoiseSchedule schedule(kind, base, 0.3);
        ObjectiveSettings settings;
        settings.continuousTime = true;
        settings.nelbo = true;
        const std::vector<double> offsets = offsetsFor(kind);
        const DiffusionObjective objective(schedule, settings, kMask, kPad, offsets);
        torch::manual_seed(11);
        const auto logits = torch::randn({3, kV}, torch::kFloat64);
        const auto targets = torch::tensor({1, 2, 6}, torch::kInt64);
        const auto masked = torch::tensor({true, true, true});
        const auto sequence = torch::zeros({3}, torch::kInt64);
        std::vector<double> positionOffsets = {offsets[1], offsets[2], offsets[6]};
        const auto terms = objective.terms(logits, targets, masked, sequence,
                                           torch::tensor(positionOffsets, torch::kFloat64),
                                           objective.fixedTimes(std::vector<double>{u}));
        const double h = 1e-6;
        for (int n = 0; n < 3; ++n) {
            const int w = static_cast<int>(targets[n].item<int64_t>());
            const double rate =
                bruteForceKl(
                    softmax(logits[n]), w, u - h, u,
                    [&](double x, int v) { return schedule.keep(x, offsets[v]); }, true) /
                h;
            const double got = terms.base[n].item<double>();
            QVERIFY2(std::abs(got - rate) <= 1e-3 * std::max(1.0, std::abs(rate)),
                     qPrintable(QString("integrand %1, discrete rate %2").arg(got).arg(rate)));
        }
    }

    void gradientMatchesFiniteDifferences_data() {
        QTest::addColumn<ScheduleKind>("kind");
        QTest::addColumn<bool>("continuous");
        QTest::newRow("mutual discrete") << ScheduleKind::Mutual << false;
        QTest::newRow("spindle discrete") << ScheduleKind::Spindle << false;
        QTest::newRow("spindle-reference") << ScheduleKind::SpindleReference << false;
        QTest::newRow("cosine continuous") << ScheduleKind::Cosine << true;
        QTest::newRow("spindle continuous") << ScheduleKind::Spindle << true;
    }

    void gradientMatchesFiniteDifferences() {
        QFETCH(ScheduleKind, kind);
        QFETCH(bool, continuous);
        const NoiseSchedule schedule(kind, ScheduleKind::Mutual, 0.3);
        ObjectiveSettings settings;
        settings.steps = kT;
        settings.continuousTime = continuous;
        settings.nelbo = continuous;
        settings.zeroMaskProbability = false;
        const DiffusionObjective objective(schedule, settings, kMask, kPad, offsetsFor(kind));
        torch::manual_seed(5);
        const auto targets = torch::tensor({1, 3, 5, 6}, torch::kInt64);
        const auto masked = torch::tensor({true, false, true, true});
        const auto sequence = torch::tensor({0, 0, 1, 1}, torch::kInt64);
        const auto offsets = torch::tensor({0.1, -0.2, 0.3, 0.05}, torch::kFloat64);
        const auto times = continuous ? objective.fixedTimes(std::vector<double>{0.3, 0.8})
                                      : objective.fixedTimes(std::vector<int64_t>{20, 50});
        auto loss = [&](const torch::Tensor &logits) {
            const auto terms = objective.terms(logits, targets, masked, sequence, offsets, times);
            return terms.base.sum() + 0.01 * terms.hybrid.sum();
        };
        auto logits = torch::randn({4, kV}, torch::kFloat64).requires_grad_(true);
        loss(logits).backward();
        const auto gradient = logits.grad().clone();
        double worst = 0;
        torch::NoGradGuard noGrad;
        for (int i = 0; i < 4; ++i)
            for (int v = 0; v < kV; ++v) {
                const double h = 1e-6;
                auto plus = logits.detach().clone(), minus = logits.detach().clone();
                plus[i][v] += h;
                minus[i][v] -= h;
                const double numeric =
                    (loss(plus).item<double>() - loss(minus).item<double>()) / (2 * h);
                const double analytic = gradient[i][v].item<double>();
                worst = std::max(worst, std::abs(numeric - analytic));
                QVERIFY2(std::abs(numeric - analytic) < 1e-6 * std::max(1.0, std::abs(numeric)),
                         qPrintable(
                             QString("d loss / d logit[%1][%2]: autograd %3, finite difference %4")
                                 .arg(i)
                                 .arg(v)
                                 .arg(analytic)
                                 .arg(numeric)));
            }
        qDebug("worst gradient difference %.3g", worst);
    }

    void forwardProcessMasksAtTheScheduledRate() {
        const NoiseSchedule schedule(ScheduleKind::Spindle, ScheduleKind::Mutual, 0.3);
        ObjectiveSettings settings;
        settings.steps = kT;
        const std::vector<double> offsets = offsetsFor(ScheduleKind::Spindle);
        const DiffusionObjective objective(schedule, settings, kMask, kPad, offsets);
        const int64_t n = 200000;
        const auto ids = torch::tensor({2, 6, 0}, torch::kInt64).repeat({n, 1});  // b, e, [PAD]
        const auto real = ids != kPad;
        const auto times = objective.fixedTimes(std::vector<int64_t>(n, 31));  // input at t+1 = 32
        auto generator = at::detail::createCPUGenerator(1234);
        const auto noisy =
            objective.corrupt(ids, real, times, objective.positionOffsets(ids, real), generator);
        const auto maskedShare = (noisy == kMask).to(torch::kFloat64).mean(0);
        for (int column = 0; column < 2; ++column) {
            const int v = column == 0 ? 2 : 6;
            const double expected = 1 - schedule.keep(0.5, offsets[v]);
            QVERIFY2(std::abs(maskedShare[column].item<double>() - expected) < 0.005,
                     qPrintable(QString("token %1 masked %2 of the time, expected %3")
                                    .arg(v)
                                    .arg(maskedShare[column].item<double>())
                                    .arg(expected)));
        }
        QCOMPARE(maskedShare[2].item<double>(), 0.0);  // padding is never masked
    }
};

QTEST_GUILESS_MAIN(TestObjective)
#include "tst_objective.moc"
