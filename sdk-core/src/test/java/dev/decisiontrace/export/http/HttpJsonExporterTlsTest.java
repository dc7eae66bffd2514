package dev.decisiontrace.export.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.decisiontrace.config.ConfigurationException;
import dev.decisiontrace.export.ExportResult;
import dev.decisiontrace.testing.TestHttpSettings;
import dev.decisiontrace.wire.TestRecords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS to a collector with a self-signed certificate, trusted only through the CA file. */
class HttpJsonExporterTlsTest {

  @TempDir Path dir;

  private final MockWebServer server = new MockWebServer();
  private HeldCertificate certificate;
  private HttpJsonExporter exporter;

  @BeforeEach
  void startHttpsServer() throws Exception {
    certificate = new HeldCertificate.Builder().addSubjectAlternativeName("localhost").build();
    server.useHttps(
        new HandshakeCertificates.Builder()
            .heldCertificate(certificate)
            .build()
            .sslSocketFactory());
    server.start();
  }

  @AfterEach
  void stop() {
    if (exporter != null) {
      exporter.shutdown();
    }
    server.close();
  }

  private ExportResult export(String caFile) {
    exporter =
        new HttpJsonExporter(
            TestHttpSettings.to(server.url("/v1/records").uri())
                .maxAttempts(1)
                .caFile(caFile)
                .build(),
            Duration.ofSeconds(30));
    return exporter.export(List.of(TestRecords.episode(1)));
  }

  @Test
  void aSelfSignedCollectorIsNotTrustedWithoutTheCaFile() {
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());

    ExportResult result = export("");

    assertTrue(result.isRetryable(), result::toString);
    assertInstanceOf(SSLException.class, result.failure().getCause());
  }

  @Test
  void aSelfSignedCollectorIsTrustedThroughTheCaFile() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body("{\"accepted\":1,\"duplicates\":0,\"rejected\":[]}")
            .build());
    Path caFile = Files.writeString(dir.resolve("ca.pem"), certificate.certificatePem());

    ExportResult result = export(caFile.toString());

    assertTrue(result.isSuccess(), result::toString);
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aMissingCaFileIsAConfigurationError() {
    String missing = dir.resolve("missing.pem").toString();

    ConfigurationException e = assertThrows(ConfigurationException.class, () -> export(missing));

    assertEquals("decisiontrace.http.tls.ca-file", e.key());
    assertEquals(missing, e.value());
    assertEquals("configuration", e.source());
    assertEquals(
        "a readable PEM file of X.509 certificates; cannot read it:"
            + " java.nio.file.NoSuchFileException: "
            + missing,
        e.allowed());
  }

  @Test
  void aCaFileWithoutCertificatesIsAConfigurationError() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.pem"), "");

    ConfigurationException e =
        assertThrows(ConfigurationException.class, () -> export(empty.toString()));

    assertEquals("decisiontrace.http.tls.ca-file", e.key());
    assertEquals("a readable PEM file of X.509 certificates; it holds no certificate", e.allowed());
  }

  @Test
  void aCaFileThatIsNotPemIsAConfigurationError() throws Exception {
    Path garbage =
        Files.writeString(
            dir.resolve("garbage.pem"),
            "-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n");

    ConfigurationException e =
        assertThrows(ConfigurationException.class, () -> export(garbage.toString()));

    assertEquals(garbage.toString(), e.value());
    assertTrue(
        e.allowed().startsWith("a readable PEM file of X.509 certificates; cannot read it: "),
        e.allowed());
  }
}
