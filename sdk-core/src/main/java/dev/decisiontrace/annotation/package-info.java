/**
 * Annotations that describe decision points in strategy code without calling the API.
 *
 * <p>They only describe; something must weave them: the DecisionTrace Java agent in plain JVM apps,
 * or the Spring Boot starter's aspect on Spring beans. Without either, they do nothing. Woven code
 * records through the global instance ({@link dev.decisiontrace.GlobalDecisionTrace}).
 */
package dev.decisiontrace.annotation;
