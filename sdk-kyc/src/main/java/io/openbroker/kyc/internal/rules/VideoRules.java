package io.openbroker.kyc.internal.rules;

import static io.openbroker.kyc.internal.rules.Rules.ONE_WAY;
import static io.openbroker.kyc.internal.rules.Rules.ONLINE;
import static io.openbroker.kyc.internal.rules.Rules.TWO_WAY;
import static io.openbroker.kyc.internal.rules.Rules.on;
import static io.openbroker.kyc.internal.rules.Rules.refuse;
import static io.openbroker.kyc.internal.rules.Rules.reject;

import io.openbroker.kyc.Consequence;
import io.openbroker.kyc.MediaKind;
import io.openbroker.kyc.Observation;
import io.openbroker.kyc.OpeningMethod;
import io.openbroker.kyc.Rule;
import io.openbroker.kyc.RuleContext;
import io.openbroker.kyc.Step;
import io.openbroker.kyc.StepKind;
import io.openbroker.kyc.spi.CallbackChannel;
import io.openbroker.kyc.spi.FaceMatchResult;
import io.openbroker.kyc.spi.VideoInspection;
import io.openbroker.kyc.spi.VideoSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Art. 17 (two-way video), Art. 18 (one-way video) and Art. 19 (media kept). */
public final class VideoRules {

  private VideoRules() {}

  /** The rules. */
  public static List<Rule> all() {
    List<Rule> rules = new ArrayList<>(twoWay());
    rules.addAll(oneWay());
    rules.add(
        refuse(
            "CSDC-ART-19-MEDIA",
            19,
            on(StepKind.SUBMIT),
            ONLINE,
            "须留存头部正面照、身份证件正反面影像及开户过程视频",
            "the head photo, both ID images and the opening video must be kept",
            VideoRules::mediaKept));
    return rules;
  }

  private static List<Rule> twoWay() {
    return Stream.of(twoWayCaptureToIntent(), twoWayReview()).flatMap(List::stream).toList();
  }

  private static List<Rule> oneWay() {
    return Stream.of(oneWayIdentityAndFace(), oneWayIntentAndAudit(), oneWayReviewAndCallback())
        .flatMap(List::stream)
        .toList();
  }

  private static boolean idImages(RuleContext ctx) {
    Map<MediaKind, ?> images = ((Step.CaptureId) ctx.step()).images();
    return images.containsKey(MediaKind.ID_FRONT) && images.containsKey(MediaKind.ID_BACK);
  }

  private static boolean faceMatches(RuleContext ctx) {
    return ctx.observation(Observation.Face.class)
        .map(
            o ->
                o.result() instanceof FaceMatchResult.Scored scored
                    && scored.score() >= ctx.policy().faceMatchThreshold())
        .orElse(false);
  }

  /** The video passes {@code test}; an unknown video never does. */
  private static Predicate<RuleContext> video(Predicate<VideoInspection> test) {
    return ctx ->
        ctx.observation(Observation.Video.class)
            .flatMap(Observation.Video::inspection)
            .map(test::test)
            .orElse(false);
  }

  private static boolean mediaKept(RuleContext ctx) {
    Map<MediaKind, ?> media = ctx.application().media();
    boolean ids = media.containsKey(MediaKind.ID_FRONT) && media.containsKey(MediaKind.ID_BACK);
    if (ctx.application().method() == OpeningMethod.ONE_WAY_VIDEO) {
      return ids
          && media.containsKey(MediaKind.HEAD_PHOTO)
          && media.containsKey(MediaKind.INTENT_VIDEO);
    }
    return ids && media.containsKey(MediaKind.WITNESS_VIDEO);
  }

  private static List<Rule> twoWayCaptureToIntent() {
    return List.of(
        refuse(
            "CSDC-ART-17-1",
            17,
            on(StepKind.CAPTURE_ID),
            TWO_WAY,
            "须采集身份证件正反面影像",
            "both sides of the identity document must be captured",
            VideoRules::idImages),
        reject(
            "CSDC-ART-17-2",
            17,
            on(StepKind.VERIFY_IDENTITY),
            TWO_WAY,
            "公安部身份信息核查未通过",
            "the MPS identity check did not pass",
            WitnessRules::verified),
        reject(
            "CSDC-ART-17-3",
            17,
            on(StepKind.VIDEO_WITNESS),
            TWO_WAY,
            "视频中投资者相貌与身份证件影像不一致",
            "the investor in the video does not match the identity document",
            ctx -> ((Step.WitnessByVideo) ctx.step()).faceMatchesDocument()),
        refuse(
            "CSDC-ART-17-4",
            17,
            on(StepKind.INTENT),
            TWO_WAY,
            "投资者须以清晰话术表达知晓风险、理解协议并自愿开户",
            "the investor must clearly state risk awareness, understanding and free will",
            video(VideoInspection::statementComplete)));
  }

  private static List<Rule> twoWayReview() {
    return List.of(
        refuse(
            "CSDC-ART-17-5-FULL",
            17,
            on(StepKind.REVIEW),
            TWO_WAY,
            "复核人员须对影像资料及填报信息进行全量复核",
            "the reviewer must review all media and data in full",
            ctx -> ((Step.Review) ctx.step()).fullReview()),
        reject(
            "CSDC-ART-17-5-ANOMALY",
            17,
            on(StepKind.REVIEW),
            TWO_WAY,
            "复核发现异常，拒绝开户申请",
            "the review found an anomaly: the application is refused",
            ctx -> !((Step.Review) ctx.step()).anomalyFound()));
  }

  private static List<Rule> oneWayIdentityAndFace() {
    return List.of(
        refuse(
            "CSDC-ART-18-1",
            18,
            on(StepKind.CAPTURE_ID),
            ONE_WAY,
            "须上传身份证件正反面影像",
            "both sides of the identity document must be uploaded",
            VideoRules::idImages),
        reject(
            "CSDC-ART-18-2",
            18,
            on(StepKind.VERIFY_IDENTITY),
            ONE_WAY,
            "公安部身份信息核查未通过",
            "the MPS identity check did not pass",
            WitnessRules::verified),
        refuse(
            "CSDC-ART-18-3",
            18,
            on(StepKind.LIVENESS),
            ONE_WAY,
            "未按要求实时完成随机指令（活体检测未通过）",
            "the random liveness instructions were not performed live",
            ctx ->
                ctx.observation(Observation.Liveness.class)
                    .map(Observation.Liveness::passed)
                    .orElse(false)),
        new Rule(
            "CSDC-ART-18-4",
            18,
            Consequence.REROUTE,
            on(StepKind.FACE_MATCH),
            ONE_WAY,
            "人脸识别比对不通过或无法比对，请通过双向视频、见证或临柜方式办理",
            "face matching failed or was impossible: open by two-way video, witness or counter",
            VideoRules::faceMatches));
  }

  private static List<Rule> oneWayIntentAndAudit() {
    return List.of(
        refuse(
            "CSDC-ART-18-5-LIVE",
            18,
            on(StepKind.INTENT),
            ONE_WAY,
            "开户视频须实时录制，不得通过本地上传文件提供",
            "the intent video must be recorded live, not uploaded from a local file",
            video(v -> v.source() == VideoSource.LIVE_CAPTURE)),
        refuse(
            "CSDC-ART-18-5-QUALITY",
            18,
            on(StepKind.INTENT),
            ONE_WAY,
            "开户视频须完整、清晰",
            "the intent video must be complete and clear",
            video(v -> v.complete() && v.clear())),
        refuse(
            "CSDC-ART-18-5-STATEMENT",
            18,
            on(StepKind.INTENT),
            ONE_WAY,
            "投资者须以清晰话术表达知晓风险、理解协议并自愿开户",
            "the investor must clearly state risk awareness, understanding and free will",
            video(VideoInspection::statementComplete)),
        refuse(
            "CSDC-ART-18-6-FULL",
            18,
            on(StepKind.REVIEW),
            ONE_WAY,
            "见证人员及复核人员须进行全量审核及复核",
            "the witness and the reviewer must audit and review everything",
            ctx ->
                ((Step.Review) ctx.step()).fullAudit() && ((Step.Review) ctx.step()).fullReview()));
  }

  private static List<Rule> oneWayReviewAndCallback() {
    return List.of(
        reject(
            "CSDC-ART-18-6-ANOMALY",
            18,
            on(StepKind.REVIEW),
            ONE_WAY,
            "审核或复核发现异常，拒绝开户申请",
            "the audit or review found an anomaly: the application is refused",
            ctx -> !((Step.Review) ctx.step()).anomalyFound()),
        refuse(
            "CSDC-ART-18-7",
            18,
            on(StepKind.CALLBACK),
            ONE_WAY,
            "单向视频开户须进行电话回访",
            "one-way video opening needs a telephone callback",
            ctx -> ((Step.Callback) ctx.step()).channel() == CallbackChannel.TELEPHONE));
  }
}
