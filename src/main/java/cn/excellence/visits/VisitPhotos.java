package cn.excellence.visits;

import java.util.Arrays;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;
import cn.excellence.visits.VisitViews.PhotoView;

/** A visit's photos: JPEG or PNG (told by their first bytes, whatever the name says), at most 5 MB each, 9 per visit. */
@Service
class VisitPhotos {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_PHOTOS = 9;
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private final VisitRepository repository;
    private final VisitQueries queries;
    private final VisitRules rules;

    VisitPhotos(VisitRepository repository, VisitQueries queries, VisitRules rules) {
        this.repository = repository;
        this.queries = queries;
        this.rules = rules;
    }

    @Transactional
    PhotoView add(CurrentUser user, long visitId, String fileName, byte[] content) {
        Visit visit = queries.visible(user, visitId);
        rules.requireRecorder(user);
        if (!VisitRules.isOrgDept(user) && !repository.leaders(visitId).contains(user.userId())) {
            throw ApiException.forbidden("只有参加这次走访的领导或旗委组织部可以上传照片。");
        }
        if (content == null || content.length == 0) {
            throw new TaskInputException("请选择要上传的照片。");
        }
        if (content.length > MAX_BYTES) {
            throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "照片过大：每张最多 5 MB，请压缩后重试。");
        }
        String type = startsWith(content, JPEG) ? "image/jpeg" : startsWith(content, PNG) ? "image/png" : null;
        if (type == null) {
            throw new TaskInputException("只能上传 JPEG 或 PNG 格式的照片。");
        }
        if (repository.countPhotos(visit.id()) >= MAX_PHOTOS) {
            throw ApiException.conflict("每次走访最多上传 " + MAX_PHOTOS + " 张照片。");
        }
        String name = VisitRules.text(fileName, "文件名", 200, false);
        long id = repository.insertPhoto(visit.id(), name == null ? "photo" : name, type, content, user.userId());
        return new PhotoView(id, name == null ? "photo" : name, type, content.length);
    }

    VisitRepository.Photo get(CurrentUser user, long visitId, long photoId) {
        Visit visit = queries.visible(user, visitId);
        return repository.photo(visit.id(), photoId).orElseThrow(() -> ApiException.notFound("找不到这张照片。"));
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
