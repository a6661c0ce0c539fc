using System.Buffers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using FluentValidation.Results;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web;
using HybridTrainer.Web.Common.Why;
using HybridTrainer.Web.Features.PlanPreview;
using HybridTrainer.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace HybridTrainer.Benchmarks;

/// <summary>
/// POST /api/v1/plans/preview without HTTP: the body of bench/wrk/preview.lua read, validated, mapped, generated and
/// written, with the JSON options and validator the app registers. Each stage alone, then the whole request.
/// </summary>
[MemoryDiagnoser]
public class PlanPreviewBenchmarks
{
    private const string Body = """{"bodyWeightKg":80,"runningBaseWeeks":8,"fiveKmTime":"24:00","lifts":{"squat":{"oneRepMaxKg":140},"benchPress":{"weightKg":80,"reps":8},"deadlift":{"oneRepMaxKg":180},"overheadPress":{"oneRepMaxKg":60}},"availableDays":["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"],"startDate":"2026-11-23","weeks":4}""";

    private readonly byte[] _body = Encoding.UTF8.GetBytes(Body);
    private readonly ArrayBufferWriter<byte> _output = new(64 * 1024);
    private ServiceProvider _services = null!;
    private JsonSerializerOptions _options = null!;
    private FluentValidation.IValidator<PlanPreviewRequest> _validator = null!;
    private PlanPreviewRequest _request = null!;
    private TrainingBlock _block = null!;
    private PlanPreviewResponse _response = null!;
    private IStringLocalizer<WhyText> _why = null!;

    [GlobalSetup]
    public void Setup()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHybridTrainerWeb(new ConfigurationBuilder().Build());
        _services = services.BuildServiceProvider();
        _options = _services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        _validator = _services.GetRequiredService<FluentValidation.IValidator<PlanPreviewRequest>>();
        _why = _services.GetRequiredService<IStringLocalizer<WhyText>>();
        _request = Read();
        _block = BlockGenerator.Generate(PlanPreviewMapper.ToBlockRequest(_request));
        _response = PlanPreviewMapper.ToResponse(_block, _why);
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark]
    public PlanPreviewRequest ReadBody() => Read();

    [Benchmark]
    public ValidationResult Validate() => _validator.Validate(_request);

    [Benchmark]
    public TrainingBlock MapAndGenerate()
    {
        var request = PlanPreviewMapper.ToBlockRequest(_request);
        return BlockGenerator.RefusalFor(request) is null ? BlockGenerator.Generate(request) : throw new InvalidOperationException();
    }

    [Benchmark]
    public PlanPreviewResponse MapResponse() => PlanPreviewMapper.ToResponse(_block, _why);

    /// <summary>The answer through the API's options (resolver chain, metadata), as <c>TypedResults.Ok</c> would write it.</summary>
    [Benchmark]
    public int WriteResponseThroughOptions() => Write(_response);

    /// <summary>The answer as the endpoint writes it: the generated writer of the preview's own context.</summary>
    [Benchmark]
    public int WriteResponse()
    {
        _output.ResetWrittenCount();
        new PlanPreviewJsonResult(_response).Write(_output, _options.Encoder);
        return _output.WrittenCount;
    }

    /// <summary>The whole request minus HTTP, as the endpoint runs it.</summary>
    [Benchmark]
    public int Pipeline()
    {
        var request = Read();
        if (!_validator.Validate(request).IsValid)
        {
            throw new InvalidOperationException("The benchmark request must be valid.");
        }

        var blockRequest = PlanPreviewMapper.ToBlockRequest(request);
        if (BlockGenerator.RefusalFor(blockRequest) is not null)
        {
            throw new InvalidOperationException("The benchmark request must not be refused.");
        }

        _output.ResetWrittenCount();
        new PlanPreviewJsonResult(PlanPreviewMapper.ToResponse(BlockGenerator.Generate(blockRequest), _why)).Write(_output, _options.Encoder);
        return _output.WrittenCount;
    }

    private PlanPreviewRequest Read()
    {
        var body = new ReadOnlySequence<byte>(_body);
        if (JsonSyntax.FindError(body) is not null)
        {
            throw new InvalidOperationException("The benchmark body must be valid JSON.");
        }

        var reader = new Utf8JsonReader(body);
        return JsonSerializer.Deserialize<PlanPreviewRequest>(ref reader, _options)!;
    }

    private int Write(PlanPreviewResponse response)
    {
        _output.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_output);
        JsonSerializer.Serialize(writer, response, _options.GetTypeInfo(typeof(PlanPreviewResponse)));
        return _output.WrittenCount;
    }
}
