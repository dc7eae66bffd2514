package dev.decisiontrace.internal.http;

import dev.decisiontrace.config.ConfigKey;
import dev.decisiontrace.config.ConfigurationException;
import dev.decisiontrace.config.HttpSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/**
 * Builds the OkHttp client of a network exporter from {@code decisiontrace.http.*}: connect and
 * read timeouts, no redirects, and HTTPS verified against the JVM's trust store or, when {@code
 * decisiontrace.http.tls.ca-file} is set, against exactly the certificates in that PEM file.
 * Stateless and thread-safe.
 */
public final class HttpClients {

  private static final String CA_FILE_ALLOWED = "a readable PEM file of X.509 certificates";

  private HttpClients() {}

  /**
   * A new client, with its own dispatcher and connection pool, for one exporter.
   *
   * @throws ConfigurationException if the CA file cannot be read or holds no certificate
   */
  public static OkHttpClient create(HttpSettings settings) {
    OkHttpClient.Builder builder =
        new OkHttpClient.Builder()
            .connectTimeout(settings.connectTimeout())
            .readTimeout(settings.readTimeout())
            // A large batch on a slow link must not time out on a write timeout nobody configured.
            .writeTimeout(settings.readTimeout())
            .followRedirects(false)
            .followSslRedirects(false);
    if (!settings.caFile().isEmpty()) {
      X509TrustManager trustManager = trusting(settings.caFile());
      builder.sslSocketFactory(tlsContext(trustManager).getSocketFactory(), trustManager);
    }
    return builder.build();
  }

  private static X509TrustManager trusting(String caFile) {
    Collection<? extends Certificate> certificates;
    try (InputStream in = Files.newInputStream(Path.of(caFile))) {
      certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
    } catch (IOException | CertificateException | InvalidPathException e) {
      throw invalidCaFile(caFile, "cannot read it: " + e);
    }
    if (certificates.isEmpty()) {
      throw invalidCaFile(caFile, "it holds no certificate");
    }
    try {
      KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
      trusted.load(null, null);
      int index = 0;
      for (Certificate certificate : certificates) {
        trusted.setCertificateEntry("ca-" + index++, certificate);
      }
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(trusted);
      for (TrustManager manager : factory.getTrustManagers()) {
        if (manager instanceof X509TrustManager x509) {
          return x509;
        }
      }
      throw invalidCaFile(caFile, "the JVM offers no X.509 trust manager");
    } catch (GeneralSecurityException | IOException e) {
      throw invalidCaFile(caFile, "cannot trust its certificates: " + e);
    }
  }

  private static SSLContext tlsContext(X509TrustManager trustManager) {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {trustManager}, null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JVM cannot create a TLS context", e);
    }
  }

  private static ConfigurationException invalidCaFile(String caFile, String problem) {
    return new ConfigurationException(
        ConfigKey.HTTP_TLS_CA_FILE.name(),
        caFile,
        "configuration",
        CA_FILE_ALLOWED + "; " + problem);
  }
}
