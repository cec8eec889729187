// Starting from a pretrained BERT (issue 15): a random BERT in the Hugging Face layout, made by
// tests/data/hf-bert/make_fixture.py with plain PyTorch (none of our code), is imported from
// model.safetensors, from pytorch_model.bin and from a legacy gamma/beta checkpoint, and gives
// the script's MLM logits; bad folders get messages naming the file and tensor; a checkpoint
// exported as a Hugging Face folder gives the script's logits in the script's own forward.
#include "error.h"
#include "eval/fillmask.h"
#include "model/hfexport.h"
#include "model/pretrained.h"
#include "model/safetensors.h"
#include "train/runconfig.h"
#include "util/files.h"

#include <caffe2/serialize/inline_container.h>
#include <nlohmann/json.hpp>

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>

using namespace dbw;
using json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string kFixture = DBW_SOURCE_DIR "/tests/data/hf-bert/";

json expected() {
    return json::parse(readWholeFile(kFixture + "expected.json"));
}

// The largest difference between our logits at every position of the fixture's inputs and the
// script's.
double worstLogitDifference(Denoiser &denoiser) {
    torch::NoGradGuard noGrad;
    denoiser.model->eval();
    double worst = 0;
    for (const json &input : expected()["inputs"]) {
        const auto ids = torch::tensor(input["ids"].get<std::vector<std::int64_t>>()).unsqueeze(0);
        const auto attention = torch::ones_like(ids, torch::kBool);
        const auto hidden = denoiser.model->encode(ids, attention, torch::zeros({1})).squeeze(0);
        const auto ours = denoiser.model->logits(hidden);
        std::vector<float> flat;
        for (const auto &row : input["logits"])
            for (const auto &value : row)
                flat.push_back(value.get<float>());
        const auto reference = torch::tensor(flat).view(ours.sizes());
        worst = std::max(worst, (ours - reference).abs().max().item<double>());
    }
    return worst;
}

void copyFolder(const std::string &from, const std::string &to,
                const std::vector<std::string> &skip = {}) {
    fs::create_directories(to);
    for (const auto &entry : fs::directory_iterator(from))
        if (std::find(skip.begin(), skip.end(), entry.path().filename().string()) == skip.end())
            fs::copy_file(entry.path(), fs::path(to) / entry.path().filename(),
                          fs::copy_options::overwrite_existing);
}

QString errorOf(const std::function<void()> &action) {
    try {
        action();
    } catch (const InputError &error) {
        return QString::fromStdString(error.what());
    }
    return {};
}

}  // namespace

class TestPretrained : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void importReproducesTheReferenceLogits() {
        QTemporaryDir binOnly;
        copyFolder(kFixture + "model", binOnly.path().toStdString(), {"model.safetensors"});
        for (const std::string &folder :
             {kFixture + "model", binOnly.path().toStdString(), kFixture + "legacy"}) {
            QVERIFY(isHuggingFaceFolder(folder));
            auto denoiser = loadQueryModel(folder);
            const double worst = worstLogitDifference(*denoiser);
            QVERIFY2(worst <= 1e-5, qPrintable(QString("%1: max |difference| %2")
                                                   .arg(QString::fromStdString(folder))
                                                   .arg(worst)));
        }
        // What real checkpoints carry beside the MLM model is read and set aside, each named.
        const PretrainedBert bin = readPretrainedBert(binOnly.path().toStdString());
        QCOMPARE(fs::path(bin.weightsFile).filename().string(), std::string("pytorch_model.bin"));
        const QString ignored = QString::fromStdString(json(bin.ignored).dump());
        for (const char *part :
             {"position_ids", "bert.pooler", "cls.seq_relationship", "tied to the word embeddings"})
            QVERIFY2(ignored.contains(part), qPrintable(ignored));
        QCOMPARE(bin.model.hidden, 32);
        QCOMPARE(bin.model.layers, 2);
        QCOMPARE(bin.model.heads, 4);
        QCOMPARE(bin.model.ffn, 64);
        QCOMPARE(bin.model.maxPositions, 40);
        // Every tensor of the model came from the file (the key bias cancels in the logits, so
        // it is compared directly).
        const PretrainedBert safetensors = readPretrainedBert(kFixture + "model");
        for (const auto &[name, tensor] : safetensors.weights)
            QVERIFY2(torch::equal(tensor, bin.weights.at(name)), name.c_str());
    }

    void fillMaskAgreesWithTheReference() {
        const json input = expected()["inputs"][0];  // "the cat [MASK] on the mat ."
        const auto &logits = input["logits"][3];     // [CLS] the cat [MASK]
        std::vector<double> row = logits.get<std::vector<double>>();
        const auto reference = torch::softmax(torch::tensor(row), 0);
        const auto best = reference.argmax().item<std::int64_t>();
        const FillMaskResult result =
            fillMask(kFixture + "model", input["text"].get<std::string>(), 3);
        QCOMPARE(result.masks.size(), std::size_t(1));
        QCOMPARE(result.masks[0].position, 2);  // without [CLS]
        QCOMPARE(result.masks[0].top.size(), std::size_t(3));
        QCOMPARE(result.masks[0].top[0].id, int(best));
        QVERIFY(std::abs(result.masks[0].top[0].probability - reference[best].item<double>()) <
                1e-6);
        QVERIFY(result.masks[0].top[0].probability >= result.masks[0].top[1].probability);
        QVERIFY(result.huggingFace);
        QCOMPARE(result.ids, (std::vector<int>{6, 7, 5, 9, 6, 10, 16}));
        QVERIFY(errorOf([] {
                    fillMask(kFixture + "model", "no mask here", 3);
                }).contains("has no [MASK]"));
    }

    void badFoldersAreNamed() {
        QTemporaryDir dir;
        const std::string root = dir.path().toStdString();
        // A shape that does not fit: the tensor and both shapes are named.
        {
            const std::string folder = root + "/shape";
            copyFolder(kFixture + "model", folder);
            auto tensors = loadSafetensors(folder + "/model.safetensors");
            tensors["bert.encoder.layer.1.attention.self.query.weight"] = torch::zeros({32, 16});
            saveSafetensors(folder + "/model.safetensors", {tensors.begin(), tensors.end()});
            const QString message = errorOf([&] { loadQueryModel(folder); });
            QVERIFY2(message.contains("model.safetensors") &&
                         message.contains("bert.encoder.layer.1.attention.self.query.weight") &&
                         message.contains("[32, 16]") && message.contains("[32, 32]"),
                     qPrintable(message));
        }
        // A tensor the model needs is missing.
        {
            const std::string folder = root + "/missing";
            copyFolder(kFixture + "model", folder);
            auto tensors = loadSafetensors(folder + "/model.safetensors");
            tensors.erase("bert.encoder.layer.0.output.dense.bias");
            saveSafetensors(folder + "/model.safetensors", {tensors.begin(), tensors.end()});
            const QString message = errorOf([&] { loadQueryModel(folder); });
            QVERIFY2(message.contains("has no tensor 'bert.encoder.layer.0.output.dense.bias'"),
                     qPrintable(message));
        }
        // Not BERT; casing that contradicts the vocabulary; no weights.
        {
            const std::string folder = root + "/roberta";
            copyFolder(kFixture + "model", folder);
            json config = json::parse(readWholeFile(folder + "/config.json"));
            config["model_type"] = "roberta";
            writeFileAtomically(folder + "/config.json", config.dump());
            QVERIFY(
                errorOf([&] { readPretrainedBert(folder); }).contains("is a \"roberta\" model"));
            config["model_type"] = "bert";
            config["hidden_act"] = "relu";
            writeFileAtomically(folder + "/config.json", config.dump());
            QVERIFY(
                errorOf([&] { readPretrainedBert(folder); }).contains("hidden_act is \"relu\""));
        }
        {
            const std::string folder = root + "/casing";
            copyFolder(kFixture + "model", folder);
            writeFileAtomically(folder + "/tokenizer_config.json", R"({"do_lower_case": false})");
            QVERIFY(errorOf([&] { readPretrainedBert(folder); }).contains("the two disagree"));
            fs::remove(folder + "/tokenizer_config.json");
            fs::remove(folder + "/model.safetensors");
            fs::remove(folder + "/pytorch_model.bin");
            QVERIFY(errorOf([&] {
                        readPretrainedBert(folder);
                    }).contains("neither model.safetensors nor pytorch_model.bin"));
        }
        // A pickle that names a Python function to call is refused, not run.
        {
            const std::string folder = root + "/hostile";
            copyFolder(kFixture + "model", folder, {"model.safetensors", "pytorch_model.bin"});
            caffe2::serialize::PyTorchStreamWriter writer(folder + "/pytorch_model.bin");
            const std::string pickle =
                std::string("\x80\x02") +
                "cposix\nsystem\nq\x00X\x04\x00\x00\x00touchq\x01\x85q\x02Rq\x03.";
            writer.writeRecord("data.pkl", pickle.data(), pickle.size());
            writer.writeEndOfFile();
            const QString message = errorOf([&] { readPretrainedBert(folder); });
            QVERIFY2(message.contains("names the Python object 'posix.system'") &&
                         message.contains("not loaded"),
                     qPrintable(message));
        }
    }

    void untiedOutputLayerIsKept() {
        // A checkpoint saved with tie_word_embeddings false has an output matrix of its own: the
        // model is built untied and uses it. With D = 2 x the word embeddings, its logits are
        // 2 x the tied model's minus the bias.
        QTemporaryDir dir;
        const std::string folder = dir.filePath("untied").toStdString();
        copyFolder(kFixture + "model", folder, {"pytorch_model.bin"});
        auto tensors = loadSafetensors(folder + "/model.safetensors");
        tensors["cls.predictions.decoder.weight"] =
            2 * tensors.at("bert.embeddings.word_embeddings.weight");
        saveSafetensors(folder + "/model.safetensors", {tensors.begin(), tensors.end()},
                        {{"format", "pt"}});
        json config = json::parse(readWholeFile(folder + "/config.json"));
        config["tie_word_embeddings"] = false;
        writeFileAtomically(folder + "/config.json", config.dump());
        auto tied = loadQueryModel(kFixture + "model"), untied = loadQueryModel(folder);
        QVERIFY(!untied->config.model.tiedOutput);
        torch::NoGradGuard noGrad;
        const auto ids =
            torch::tensor(expected()["inputs"][1]["ids"].get<std::vector<std::int64_t>>())
                .unsqueeze(0);
        const auto attention = torch::ones_like(ids, torch::kBool);
        const auto hidden = tied->model->encode(ids, attention, torch::zeros({1})).squeeze(0);
        const auto bias = tensors.at("cls.predictions.bias");
        const auto difference =
            untied->model->logits(hidden) - (2 * tied->model->logits(hidden) - bias);
        QVERIFY2(difference.abs().max().item<double>() < 1e-5,
                 qPrintable(QString::number(difference.abs().max().item<double>())));
        // Said untied but without its matrix: an error, not a silent tie.
        tensors.erase("cls.predictions.decoder.weight");
        saveSafetensors(folder + "/model.safetensors", {tensors.begin(), tensors.end()},
                        {{"format", "pt"}});
        QVERIFY(errorOf([&] { readPretrainedBert(folder); }).contains("tie_word_embeddings false"));
    }

    void timeDesignsStartFromThePretrainedEncoder() {
        // A layerwise model takes every BERT tensor and keeps its time MLPs fresh (listed).
        const PretrainedBert pretrained = readPretrainedBert(kFixture + "model");
        ModelConfig model = pretrained.model;
        model.timeDesign = "layerwise";
        DiffusionBert network(model, 64);
        const std::vector<std::string> fresh = initialiseFrom(*network, pretrained);
        QCOMPARE(fresh.size(), std::size_t(2 * 4));  // 2 layers x (2 linear layers x weight, bias)
        for (const std::string &name : fresh)
            QVERIFY2(name.find("time_mlp") != std::string::npos, name.c_str());
        for (const auto &[name, parameter] : network->namedWeights())
            if (pretrained.weights.count(name))
                QVERIFY2(torch::equal(parameter, pretrained.weights.at(name)), name.c_str());
        // Sizes that differ from the pretrained model's are an error, not a partial copy.
        ModelConfig wider = model;
        wider.ffn = 128;
        DiffusionBert other(wider, 64);
        QVERIFY(errorOf([&] {
                    initialiseFrom(*other, pretrained);
                }).contains("intermediate.dense.weight' has shape [64, 32]"));
    }

    void exportLoadsInTheReferenceForward() {
        // Our checkpoint of the imported model, exported as a Hugging Face folder, gives the
        // fixture's logits in the fixture script's own forward (which reads safetensors itself).
        const PretrainedBert pretrained = readPretrainedBert(kFixture + "model");
        QTemporaryDir dir;
        const std::string checkpoint = dir.filePath("checkpoint").toStdString(),
                          out = dir.filePath("hf").toStdString();
        fs::create_directories(checkpoint);
        RunConfig config;
        config.model = pretrained.model;
        config.data.maxLength = 32;  // within the fixture's 40 positions
        config.tokenizer.path = checkpoint + "/vocab.txt";
        fs::copy_file(pretrained.tokenizerPath, checkpoint + "/vocab.txt");
        writeFileAtomically(checkpoint + "/config.json", runConfigToJson(config));
        DiffusionBert network(config.model, config.diffusion.steps);
        QVERIFY(initialiseFrom(*network, pretrained).empty());
        saveSafetensors(checkpoint + "/model.safetensors", network->namedWeights(),
                        {{"format", "dbw-model/1"}});

        HuggingFaceExport exported;
        try {
            exported = exportHuggingFace(checkpoint, out);
        } catch (const std::exception &error) {
            QFAIL(error.what());
        }
        QVERIFY(QString::fromStdString(exported.tokenizerNote).contains("BertTokenizer"));
        const json hfConfig = json::parse(readWholeFile(out + "/config.json"));
        for (const char *key :
             {"model_type", "architectures", "vocab_size", "hidden_size", "num_hidden_layers",
              "num_attention_heads", "intermediate_size", "max_position_embeddings",
              "type_vocab_size", "layer_norm_eps", "hidden_act", "pad_token_id"})
            QVERIFY2(hfConfig.contains(key), key);
        std::map<std::string, std::string> metadata;
        loadSafetensors(out + "/model.safetensors", &metadata);
        QCOMPARE(metadata["format"], std::string("pt"));  // transformers refuses other formats

        QProcess script;
        script.start("/usr/bin/python3", {QString::fromStdString(kFixture + "make_fixture.py"),
                                          "--check", QString::fromStdString(out)});
        QVERIFY(script.waitForFinished(120000));
        QVERIFY2(script.exitCode() == 0,
                 (script.readAllStandardOutput() + script.readAllStandardError()).constData());
        // And it imports back as it was.
        auto again = loadQueryModel(out);
        QVERIFY(worstLogitDifference(*again) <= 1e-5);
        // fill-mask on our checkpoint agrees with the Hugging Face folder it came from.
        const std::string text = "the cat [MASK] on the mat .";
        QCOMPARE(fillMask(checkpoint, text, 1).masks[0].top[0].id,
                 fillMask(kFixture + "model", text, 1).masks[0].top[0].id);

        // The commands: JSON for scripts, and a clear message with status 1 for a bad folder.
        const QString dbw = DBW_BIN_DIR "/dbw";
        QProcess fill;
        fill.start(dbw, {"fill-mask", "--model", QString::fromStdString(out), "--text",
                         QString::fromStdString(text), "--top-k", "2", "--json"});
        QVERIFY(fill.waitForFinished(60000));
        QCOMPARE(fill.exitCode(), 0);
        const json printed = json::parse(fill.readAllStandardOutput().toStdString());
        QCOMPARE(printed["masks"][0]["top"].size(), std::size_t(2));
        QCOMPARE(printed["masks"][0]["position"].get<int>(), 2);
        QVERIFY(printed["filled"].get<std::string>().rfind("the cat ", 0) == 0);
        QProcess refused;
        refused.start(dbw, {"export", "--checkpoint", QString::fromStdString(kFixture), "--format",
                            "hf", "--out", dir.filePath("nowhere")});
        QVERIFY(refused.waitForFinished(60000));
        QCOMPARE(refused.exitCode(), 1);
        QVERIFY2(refused.readAllStandardError().contains("not a checkpoint folder"),
                 "export of a non-checkpoint");

        // A time-aware model has no Hugging Face form; an existing folder is not overwritten.
        config.model.timeDesign = "layerwise";
        writeFileAtomically(checkpoint + "/config.json", runConfigToJson(config));
        QVERIFY(errorOf([&] {
                    exportHuggingFace(checkpoint, dir.filePath("other").toStdString());
                }).contains("time design \"layerwise\""));
        config.model.timeDesign = "none";
        writeFileAtomically(checkpoint + "/config.json", runConfigToJson(config));
        QVERIFY(errorOf([&] {
                    exportHuggingFace(checkpoint, out);
                }).contains("exists and is not empty"));
    }
};

QTEST_MAIN(TestPretrained)
#include "tst_pretrained.moc"
