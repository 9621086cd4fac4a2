package org.gefyra.privacy;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/** A learner's record as JSON: their details, then each kind of data as an array of objects. */
public final class LearnerRecordJson {

    private LearnerRecordJson() {
    }

    public static void write(LearnerRecord record, OutputStream out) {
        try (JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(out, java.nio.charset.StandardCharsets.UTF_8)) {
            json.writeStartObject();
            json.write("exportedAt", record.exportedAt().toString());
            json.writeStartObject("learner");
            record.facts().forEach(json::write);
            json.writeEnd();
            for (LearnerRecord.Section section : record.sections()) {
                json.writeStartArray(section.name());
                for (List<String> row : section.rows()) {
                    json.writeStartObject();
                    for (int i = 0; i < section.columns().size(); i++) {
                        json.write(section.columns().get(i), row.get(i));
                    }
                    json.writeEnd();
                }
                json.writeEnd();
            }
            json.writeEnd();
        }
    }
}
