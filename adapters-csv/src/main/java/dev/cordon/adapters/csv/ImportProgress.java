package dev.cordon.adapters.csv;

/**
 * How far an import has got.
 *
 * @param rowsRead data rows read so far (the header not counted)
 * @param rowsStored rows stored now
 * @param rowsAlreadyPresent rows whose record was already stored, identical
 * @param rowsRejected rows rejected (written to the error file)
 * @param done whether the import has finished
 */
public record ImportProgress(long rowsRead, long rowsStored, long rowsAlreadyPresent,
    long rowsRejected, boolean done) {}
