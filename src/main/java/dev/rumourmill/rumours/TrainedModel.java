package dev.rumourmill.rumours;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * A maximum-entropy classifier (OpenNLP's L-BFGS trainer with L2 regularisation) over string features:
 * trained from the team's corpus by {@link ModelTraining}, stored in the jar, read once. Immutable and
 * thread-safe to evaluate.
 */
final class TrainedModel {

    /** One training example: the features and the right answer. */
    record Example(List<String> features, String outcome) {
    }

    private final MaxentModel model;

    private TrainedModel(MaxentModel model) {
        this.model = model;
    }

    static TrainedModel train(List<Example> examples) {
        return train(examples, 1.0);
    }

    /** Trains with the given L2 cost: the higher, the more the weights are pulled towards zero. */
    static TrainedModel train(List<Example> examples, double l2Cost) {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        params.put(TrainingParameters.TRAINER_TYPE_PARAM, "Event");
        params.put(TrainingParameters.ITERATIONS_PARAM, 300);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put("L2Cost", l2Cost);
        params.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, new HashMap<>());
        Event[] events = examples.stream()
                .map(e -> new Event(e.outcome(), e.features().toArray(String[]::new)))
                .toArray(Event[]::new);
        try {
            return new TrainedModel(trainer.train(ObjectStreamUtils.createObjectStream(events)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a model written by {@link #write()} from the class path. */
    static TrainedModel fromResource(String path) {
        try (InputStream in = TrainedModel.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing: the build trains it from the corpus "
                        + "(./mvnw process-classes, see docs/rumours.md)");
            }
            return new TrainedModel(new GenericModelReader(new BinaryFileDataReader(in)).getModel());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model " + path, e);
        }
    }

    byte[] write() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            new GenericModelWriter((AbstractModel) model, out).persist();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The probability of each outcome the model knows, for these features. */
    Map<String, Double> probabilities(List<String> features) {
        double[] p = model.eval(features.toArray(String[]::new));
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < p.length; i++) {
            out.put(model.getOutcome(i), p[i]);
        }
        return out;
    }

    double probability(List<String> features, String outcome) {
        int index = model.getIndex(outcome);
        return index < 0 ? 0 : model.eval(features.toArray(String[]::new))[index];
    }
}
