/**
 * Services (API tier): the operations users call — master data, the registration ledger, the
 * travel workflow, the stock ledger, duty assignments, disinfection, the review of findings (甄別),
 * inspections (檢查督導) and named notices (通報) — each validating structurally before anything
 * reaches storage. They live apart from the domain packages so that the domain types depend on
 * neither storage nor policy (the package graph stays acyclic).
 */
package dev.cordon.core.service;
